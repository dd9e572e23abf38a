package main

import "fmt"

// Closures capture only the index variable of a range over a slice.
func main() {
	xs := []int{5, 6, 7, 8}
	var fs []func() int
	for i := range xs {
		fs = append(fs, func() int { return i * 10 })
	}
	total := 0
	for _, f := range fs {
		fmt.Print(f(), " ")
		total += f()
	}
	fmt.Println("total", total)
}

package main

import "fmt"

// Range over a pointer to an array; closures capture i and v.
func main() {
	arr := [3]int{7, 8, 9}
	var fs []func() int
	for i, v := range &arr {
		fs = append(fs, func() int { return i*100 + v })
		arr[2] = 90
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

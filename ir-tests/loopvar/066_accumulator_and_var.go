package main

import "fmt"

// Closures capture both an outer accumulator (shared by design) and the loop variable.
func main() {
	total := 0
	var adders []func()
	for _, v := range []int{1, 10, 100} {
		adders = append(adders, func() { total += v })
	}
	for _, a := range adders {
		a()
	}
	fmt.Println("total", total)
}

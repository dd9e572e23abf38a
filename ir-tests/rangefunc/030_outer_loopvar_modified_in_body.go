package main

import (
	"fmt"
	"slices"
)

// The outer loop variable is modified inside a range-over-func body: captured by
// reference, and the modification carries into the next iteration.
func main() {
	for i := 0; i < 10; i++ {
		for d := range slices.Values([]int{1, 2}) {
			i += d
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	var keep []func() int
	for i := 0; i < 3; i++ {
		for range slices.Values([]int{0}) {
			keep = append(keep, func() int { return i })
		}
	}
	for _, f := range keep {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

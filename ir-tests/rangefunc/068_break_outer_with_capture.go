package main

import (
	"fmt"
	"slices"
)

// break/continue from a range-over-func body to an enclosing 3-clause loop whose
// variable was captured by a closure in the body.
func main() {
	var seen []func() int
outer:
	for i := 0; i < 5; i++ {
		for v := range slices.Values([]int{1, 2, 3}) {
			seen = append(seen, func() int { return i*10 + v })
			if v == 2 && i%2 == 0 {
				continue outer
			}
			if i == 3 {
				break outer
			}
		}
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

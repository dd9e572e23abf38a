package main

import (
	"fmt"
	"iter"
	"slices"
)

// The range expression is evaluated once: reassigning the variable inside the body does
// not change the running loop.
func main() {
	var s iter.Seq[int] = slices.Values([]int{1, 2, 3})
	for v := range s {
		s = slices.Values([]int{100})
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range s {
		fmt.Println("now", v)
	}
}

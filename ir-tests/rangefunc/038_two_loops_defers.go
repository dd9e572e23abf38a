package main

import (
	"fmt"
	"slices"
)

// Two consecutive range-over-func loops in one function, each with body defers, plus an
// ordinary defer between them.
func main() {
	for v := range slices.Values([]string{"a1", "a2"}) {
		defer fmt.Println("loop A", v)
	}
	defer fmt.Println("between")
	for i, v := range slices.All([]string{"b1", "b2"}) {
		defer fmt.Println("loop B", i, v)
	}
	fmt.Println("main returns")
}

package main

import (
	"fmt"
	"slices"
)

// Every execution of a range-over-func loop takes its place among f's defers: the
// ordinary loop's defers interleave with each execution's body defers, and a nested
// loop's body defers join its outermost loop's.
func f() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("ordinary", i)
		for a := range slices.Values([]string{"x", "y"}) {
			defer fmt.Println("outer body", i, a)
			for b := range slices.Values([]int{1, 2}) {
				defer fmt.Println("inner body", i, a, b)
				if b == 1 && a == "y" {
					return
				}
			}
		}
	}
}

func main() {
	f()
	fmt.Println("main done")
}

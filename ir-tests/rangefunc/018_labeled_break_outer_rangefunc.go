package main

import (
	"fmt"
	"iter"
)

func upto(tag string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  close", tag)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// break L and continue L to the enclosing range-over-func loop from a nested one.
func main() {
outer:
	for i := range upto("outer", 3) {
		for j := range upto("inner", 3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
		fmt.Println("not reached")
	}
	fmt.Println("done")
}

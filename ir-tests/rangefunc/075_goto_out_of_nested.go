package main

import (
	"fmt"
	"iter"
)

func seq(tag string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  close", tag)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// goto from two range-over-func loops deep to labels outside both.
func classify(target int) string {
	for a := range seq("a", 4) {
		for b := range seq("b", 4) {
			if a*b == target {
				goto hit
			}
			if a+b > 5 {
				goto miss
			}
		}
	}
miss:
	return fmt.Sprint("miss ", target)
hit:
	return fmt.Sprint("hit ", target)
}

func main() {
	fmt.Println(classify(6))
	fmt.Println(classify(7))
}

package main

import (
	"fmt"
	"iter"
)

func seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Three nested range-over-func loops with labeled branches to each level.
func main() {
	var trail []string
L1:
	for a := range seq(3) {
	L2:
		for b := range seq(3) {
			for c := range seq(3) {
				switch {
				case c == 1 && b == 0:
					continue L2
				case c == 2 && b == 1:
					continue L1
				case a == 2 && b == 1:
					break L1
				case c == 1:
					break L2
				}
				trail = append(trail, fmt.Sprint(a, b, c))
			}
		}
	}
	fmt.Println(trail)
}

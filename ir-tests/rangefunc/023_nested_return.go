package main

import (
	"fmt"
	"iter"
)

func grid(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer fmt.Println("  grid iterator done")
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  seq iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// return from a body two range-over-func loops deep, with a plain loop in between.
func search(target int) (string, int) {
	for k := range seq(3) {
		for n := 0; n < 2; n++ {
			for i, j := range grid(3) {
				if i*j+k+n == target {
					return fmt.Sprint(k, n, i, j), target
				}
			}
		}
	}
	return "none", -1
}

func main() {
	fmt.Println(search(5))
	fmt.Println(search(100))
}

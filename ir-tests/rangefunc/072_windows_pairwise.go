package main

import (
	"fmt"
	"iter"
)

func Pairwise[T any](s iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		have := false
		for v := range s {
			if have && !yield(prev, v) {
				return
			}
			prev, have = v, true
		}
	}
}

func Windows(xs []int, n int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

func Ints(xs ...int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// Pairwise differences and sliding windows.
func main() {
	for a, b := range Pairwise(Ints(1, 4, 9, 16, 25)) {
		fmt.Print(b-a, " ")
	}
	fmt.Println()
	for w := range Windows([]int{1, 2, 3, 4, 5}, 3) {
		s := 0
		for _, x := range w {
			s += x
		}
		fmt.Print(w, "=", s, " ")
	}
	fmt.Println()
}

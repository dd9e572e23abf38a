package main

import (
	"fmt"
	"iter"
)

// iter.Seq and iter.Seq2 named types as return types and variables.
func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for ; n > 0; n-- {
			if !yield(n) {
				return
			}
		}
	}
}

func indexed[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func main() {
	var s iter.Seq[int] = countdown(3)
	for v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println("liftoff")
	for i, x := range indexed([]float64{0.5, 1.25}) {
		fmt.Println(i, x)
	}
}

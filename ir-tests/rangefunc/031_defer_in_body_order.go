package main

import (
	"fmt"
	"iter"
)

func three() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator returns")
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Body defers run when the enclosing function returns, interleaved LIFO with the
// function's own defers registered before and after the loop.
func f() int {
	defer fmt.Println("f defer before loop")
	for v := range three() {
		defer fmt.Println("body defer", v)
		fmt.Println("body", v)
	}
	defer fmt.Println("f defer after loop")
	fmt.Println("f about to return")
	return 40
}

func main() {
	fmt.Println("f returned", f())
}

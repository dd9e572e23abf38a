package main

import (
	"fmt"
	"iter"
)

func none[T any]() iter.Seq[T] {
	return func(yield func(T) bool) {
		fmt.Println("  empty iterator called")
	}
}

// An iterator that never yields: the body never runs, its defers are never registered,
// and the code after the loop runs normally.
func f() string {
	defer fmt.Println("f defer")
	for v := range none[string]() {
		defer fmt.Println("body defer", v)
		return "from body"
	}
	return "after loop"
}

func main() {
	fmt.Println(f())
	for k, v := range func(yield func(int, int) bool) {} {
		fmt.Println(k, v)
	}
	fmt.Println("done")
}

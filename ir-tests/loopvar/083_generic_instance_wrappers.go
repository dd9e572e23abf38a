package main

import "fmt"

// gc compiles every instantiation of a generic function or method as a wrapper at its
// declaration around the shape-instantiated body, and inlines the body there when it can:
// an inlinable instance reports its loop at the call sites and at the declaration; a
// function over the inlining budget reports it once.

func sum[T int | float64](xs []T) T {
	var s T
	var fs []func() T
	for _, x := range xs {
		fs = append(fs, func() T { return x })
	}
	for _, f := range fs {
		s += f()
	}
	return s
}

type Box[T any] struct{ items []T }

func (b *Box[T]) Thunks() []func() T {
	var out []func() T
	for _, it := range b.items {
		out = append(out, func() T { return it })
	}
	return out
}

func main() {
	fmt.Println(sum([]int{1, 2}))
	b := &Box[string]{items: []string{"a"}}
	fmt.Println(len(b.Thunks()))
}

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Reduce[T, A any](s iter.Seq[T], acc A, f func(A, T) A) A {
	for v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Count[T any](s iter.Seq[T]) (n int) {
	for range s {
		n++
	}
	return
}

// Consumers of sequences: fold and count.
func main() {
	xs := slices.Values([]int{3, 1, 4, 1, 5, 9, 2, 6})
	fmt.Println(Reduce(xs, 0, func(a, v int) int { return a + v }))
	fmt.Println(Reduce(xs, "", func(a string, v int) string { return a + fmt.Sprint(v) }))
	fmt.Println(Count(xs), Count(maps.Keys(map[int]bool{1: true, 2: false})))
}

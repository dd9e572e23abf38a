package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	for v := range Take(Count(10, 5), 4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evens := Filter(Count(1, 1), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(Take(evens, 6)))
	for i, s := range Enumerate([]string{"a", "b", "c", "d"}) {
		if i == 2 {
			continue
		}
		if s == "d" {
			break
		}
		fmt.Print(i, s, ";")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	for i, v := range slices.All([]string{"p", "q"}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	var seq2 iter.Seq2[int, string] = Enumerate([]string{"u", "v"})
	for i := range seq2 {
		fmt.Print("key ", i, " ")
	}
	for range Take(Count(0, 3), 3) {
		fmt.Print(".")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"iter"
	"slices"
)

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// ZipSlice pairs a sequence with the elements of a slice, stopping at the shorter.
func ZipSlice[A, B any](s iter.Seq[A], bs []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i, a := range Enumerate(s) {
			if i >= len(bs) || !yield(a, bs[i]) {
				return
			}
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Pull-free composition: enumerate, zip with a slice, chain.
func main() {
	names := slices.Values([]string{"ann", "ben", "cat", "dan"})
	for name, age := range ZipSlice(names, []int{31, 42, 27}) {
		fmt.Println(name, age)
	}
	all := Chain(slices.Values([]int{1, 2}), slices.Values([]int{}), slices.Values([]int{3, 4, 5}))
	for i, v := range Enumerate(all) {
		if v == 5 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Keys[K, V any](s iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

func Values[K, V any](s iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Filter2[K, V any](s iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range s {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

// Adapters between Seq2 and Seq.
func main() {
	words := []string{"Go", "is", "Fun", "and", "Fast"}
	caps := Filter2(slices.All(words), func(i int, w string) bool { return strings.ToUpper(w[:1]) == w[:1] })
	fmt.Println(slices.Collect(Keys(caps)))
	fmt.Println(slices.Collect(Values(caps)))
	for i := range Keys(caps) {
		if i > 2 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}

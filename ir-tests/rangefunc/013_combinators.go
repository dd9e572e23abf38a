package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
)

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; yield(i); i++ {
		}
	}
}

// filter, map and take written as iterators over an infinite source.
func main() {
	odd := func(x int) bool { return x%2 == 1 }
	sq := func(x int) string { return strconv.Itoa(x*x) + "!" }
	for s := range Take(Map(Filter(Naturals(), odd), sq), 5) {
		fmt.Print(s, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Naturals(), 3)))
	fmt.Println(len(slices.Collect(Take(Naturals(), 0))))
}

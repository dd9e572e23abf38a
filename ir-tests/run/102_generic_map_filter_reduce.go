package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func Chunk[T any](xs []T, n int) [][]T {
	var out [][]T
	for n < len(xs) {
		xs, out = xs[n:], append(out, xs[:n:n])
	}
	return append(out, xs)
}

type Number interface{ ~int | ~float64 }

func SumOf[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a T, x T) T { return a + x })
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	odd := Filter(nums, func(x int) bool { return x%2 == 1 })
	fmt.Println(odd, SumOf(odd), SumOf([]float64{0.5, 0.25}))
	fmt.Println(Reduce(strs, "", func(a string, s string) string { return a + s }))
	longest := Reduce([]string{"go", "rust", "c", "haskell"}, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(longest)
	y, n := Partition(nums, func(x int) bool { return x > 7 })
	fmt.Println(y, n)
	fmt.Println(Chunk(nums, 3), Chunk([]string{"a"}, 2), len(Chunk([]int{}, 2)))
	words := strings.Fields("the quick brown fox")
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, SumOf(lens))
	fmt.Println(Map(Filter(words, func(s string) bool { return len(s) > 3 }), strings.ToUpper))
}

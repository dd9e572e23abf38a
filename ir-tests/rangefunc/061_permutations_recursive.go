package main

import (
	"fmt"
	"iter"
	"slices"
)

// A recursive permutation generator; the consumer stops early.
func Permutations(xs []int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		permute(slices.Clone(xs), 0, yield)
	}
}

func permute(a []int, k int, yield func([]int) bool) bool {
	if k == len(a) {
		return yield(slices.Clone(a))
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		if !permute(a, k+1, yield) {
			return false
		}
		a[k], a[i] = a[i], a[k]
	}
	return true
}

func main() {
	n := 0
	for p := range Permutations([]int{1, 2, 3}) {
		fmt.Println(p)
		n++
	}
	for p := range Permutations([]int{1, 2, 3, 4}) {
		if p[0] == 2 {
			fmt.Println("first starting with 2:", p)
			break
		}
	}
	fmt.Println(n)
}

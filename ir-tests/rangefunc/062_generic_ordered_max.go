package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Generic consumers constrained by cmp.Ordered.
func Max[T cmp.Ordered](s iter.Seq[T]) (best T, ok bool) {
	for v := range s {
		if !ok || v > best {
			best, ok = v, true
		}
	}
	return
}

func ArgMin[K comparable, V cmp.Ordered](s iter.Seq2[K, V]) (arg K, min V) {
	first := true
	for k, v := range s {
		if first || cmp.Less(v, min) {
			arg, min, first = k, v, false
		}
	}
	return
}

func main() {
	fmt.Println(Max(slices.Values([]int{3, 9, 2})))
	fmt.Println(Max(slices.Values([]string{"pear", "zebra", "apple"})))
	fmt.Println(Max(slices.Values([]float64{})))
	fmt.Println(ArgMin(slices.All([]int{5, 1, 7, 1})))
	fmt.Println(ArgMin(maps.All(map[string]int{"only": 42})))
}

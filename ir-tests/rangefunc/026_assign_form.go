package main

import (
	"fmt"
	"maps"
	"slices"
)

type rec struct {
	key string
	val int
}

// The `=` form assigns the yielded values to existing variables and fields.
func main() {
	var i int
	var s string
	for i, s = range slices.All([]string{"a", "b", "c"}) {
		if s == "b" {
			break
		}
	}
	fmt.Println("after break:", i, s)
	var r rec
	best := rec{}
	m := map[string]int{"x": 5, "y": 9, "z": 2}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		for r.key, r.val = range maps.All(map[string]int{k: m[k]}) {
			if r.val > best.val {
				best = r
			}
		}
	}
	fmt.Println("best", best, "last", r)
	var arr [3]int
	idx := 0
	for arr[idx] = range slices.Values([]int{7, 8, 9}) {
		idx++
	}
	fmt.Println(arr)
}

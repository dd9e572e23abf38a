package main

import (
	"fmt"
	"slices"
	"sort"
)

// Sorting comparators created inside a loop capture the loop variable, but are only used
// during that iteration: same output under both semantics, still reported.
func main() {
	data := []int{5, 12, 7, 30, 1}
	for mod := 3; mod <= 4; mod++ {
		xs := slices.Clone(data)
		sort.Slice(xs, func(a, b int) bool { return xs[a]%mod < xs[b]%mod || (xs[a]%mod == xs[b]%mod && xs[a] < xs[b]) })
		fmt.Println(mod, xs)
	}
	for _, desc := range []bool{false, true} {
		xs := slices.Clone(data)
		slices.SortFunc(xs, func(a, b int) int {
			if desc {
				return b - a
			}
			return a - b
		})
		fmt.Println(desc, xs)
	}
}

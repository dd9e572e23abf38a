package main

import (
	"fmt"
	"sort"
)

// Range over a map: closures capture k and v. Only order-independent facts are printed:
// how many distinct keys the closures see, and the sorted pairs when they are distinct.
func main() {
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var fs []func() (string, int)
	for k, v := range m {
		fs = append(fs, func() (string, int) { return k, v })
	}
	seen := map[string]bool{}
	var pairs []string
	for _, f := range fs {
		k, v := f()
		seen[k] = true
		pairs = append(pairs, fmt.Sprintf("%s%d", k, v))
	}
	fmt.Println("distinct keys seen:", len(seen))
	if len(seen) == len(m) {
		sort.Strings(pairs)
		fmt.Println(pairs)
	} else {
		fmt.Println("all closures share one pair")
	}
}

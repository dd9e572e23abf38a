package main

import (
	"fmt"
	"slices"
)

// Closures capturing range-over-func loop variables: always one variable per call.
func main() {
	var fs []func() string
	for i, v := range slices.All([]string{"p", "q", "r"}) {
		fs = append(fs, func() string { return fmt.Sprint(i, v) })
	}
	var ps []*int
	for v := range slices.Values([]int{4, 5, 6}) {
		ps = append(ps, &v)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

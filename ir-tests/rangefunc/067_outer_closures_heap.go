package main

import (
	"fmt"
	"slices"
)

var escaped []*int

// An outer ordinary loop variable whose address escapes from inside a range-over-func
// body (heap), next to one only read in the body (stack).
func main() {
	var fs []func() string
	for i := 0; i < 2; i++ {
		for _, w := range []string{"x", "y"} {
			for c := range slices.Values([]int{7}) {
				escaped = append(escaped, &i)
				fs = append(fs, func() string { return fmt.Sprint(i, w, c) })
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, p := range escaped {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

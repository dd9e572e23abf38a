package main

import (
	"fmt"
	"slices"
)

// Outer ordinary loops whose variables are used in a nested range-over-func body:
// the body closure captures them, so they are reported (SEMANTICS 2.2).
func main() {
	total := 0
	for k := 0; k < 3; k++ {
		for x := range slices.Values([]int{1, 2}) {
			total += k * x
		}
	}
	fmt.Println(total)
	for i, w := range []string{"ab", "cd"} {
		for c := range slices.Values([]byte(w)) {
			fmt.Print(i, string(c), " ")
		}
	}
	fmt.Println()
	for n := 0; n < 2; n++ {
		unused := 0
		for range slices.Values([]int{1}) {
			unused++
		}
		fmt.Print(unused, " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"slices"
)

// From a range-over-func body nested in an ordinary loop nested in an ordinary loop,
// continue the outermost loop; also break a loop between two range-over-func loops.
func main() {
top:
	for i := 0; i < 3; i++ {
		for _, s := range []string{"a", "b"} {
			for v := range slices.Values([]int{10, 20, 30}) {
				if v == 20 && s == "b" {
					continue top
				}
				if i == 2 {
					break top
				}
				fmt.Print(i, s, v, " ")
			}
		}
	}
	fmt.Println()
	for x := range slices.Values([]int{1, 2}) {
	mid:
		for k := 0; k < 3; k++ {
			for y := range slices.Values([]int{5, 6, 7}) {
				if y == 6 {
					continue mid
				}
				if k == 2 {
					break mid
				}
				fmt.Print(x, k, y, " ")
			}
		}
	}
	fmt.Println()
}

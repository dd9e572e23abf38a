package main

import (
	"fmt"
	"slices"
)

// goto from a range-over-func body to a label after the loop, and to a label before it.
func main() {
	attempts := 0
retry:
	attempts++
	for v := range slices.Values([]int{1, 2, 3, 4}) {
		if v == attempts {
			fmt.Println("restart after", v)
			goto retry
		}
		if v == 3 {
			goto found
		}
		fmt.Println("visit", v, "attempt", attempts)
	}
	fmt.Println("not reached")
found:
	fmt.Println("found after", attempts, "attempts")
}

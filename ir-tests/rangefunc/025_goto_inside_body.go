package main

import (
	"fmt"
	"slices"
)

// goto within the body itself does not leave the loop.
func main() {
	for v := range slices.Values([]int{3, 1, 2}) {
		n := v
	again:
		if n > 0 {
			fmt.Print(n)
			n--
			goto again
		}
		fmt.Println(" |", v)
	}
}

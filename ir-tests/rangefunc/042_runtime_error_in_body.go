package main

import (
	"fmt"
	"slices"
)

// A runtime error (index out of range) in the body propagates out of the loop.
func main() {
	table := []int{10, 20, 30}
	for i := range slices.Values([]int{0, 2, 5}) {
		fmt.Println("table", i, table[i])
	}
}

package main

import (
	"fmt"
	"slices"
)

// Assigning to the loop variable in the body does not affect the iterator.
func main() {
	for i, v := range slices.All([]int{1, 2, 3}) {
		v *= 100
		i += 10
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}

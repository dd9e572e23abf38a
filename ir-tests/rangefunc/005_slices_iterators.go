package main

import (
	"fmt"
	"slices"
)

// slices.All, slices.Values and slices.Backward.
func main() {
	xs := []string{"x", "y", "z"}
	for i, v := range slices.All(xs) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for v := range slices.Values(xs) {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range slices.Backward(xs) {
		fmt.Print(i, v, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()
}

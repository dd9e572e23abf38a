package main

import (
	"fmt"
	"slices"
)

func sloppy(yield func(int) bool) {
	yield(10)
	yield(20)
}

// p1 for the inner loop: break outer stops the inner loop, whose iterator ignores false.
func main() {
outer:
	for a := range slices.Values([]int{1, 2}) {
		for b := range sloppy {
			fmt.Println(a, b)
			break outer
		}
	}
	fmt.Println("not reached")
}

package main

import (
	"fmt"
	"slices"
)

// Defers in both levels of nested range-over-func loops, and in a plain loop between
// them: all belong to f and run in reverse order of registration.
func f() {
	defer fmt.Println("f first defer")
	for a := range slices.Values([]string{"A", "B"}) {
		defer fmt.Println("outer body", a)
		for k := 0; k < 2; k++ {
			for b := range slices.Values([]int{1, 2}) {
				if b == 2 && k == 1 {
					break
				}
				defer fmt.Println("inner body", a, k, b)
			}
		}
	}
	fmt.Println("f end of body")
}

func main() {
	f()
	fmt.Println("main after f")
}

package main

import (
	"fmt"
	"slices"
)

// A range-over-func loop inside a deferred closure, running while main returns, with
// its own body defer.
func main() {
	defer func() {
		for v := range slices.Values([]string{"x", "y"}) {
			defer fmt.Println("inner body defer", v)
			fmt.Println("deferred loop", v)
		}
		fmt.Println("deferred closure ends")
	}()
	fmt.Println("main body")
}

package main

import (
	"fmt"
	"slices"
)

// A range-over-func loop with body defers inside a func literal: the defers belong to
// the literal and run when it returns, before the caller continues.
func main() {
	defer fmt.Println("main defer")
	step := func(tag string) {
		defer fmt.Println(tag, "closure defer")
		for v := range slices.Values([]int{1, 2}) {
			defer fmt.Println(tag, "body defer", v)
		}
		fmt.Println(tag, "closure end")
	}
	step("first")
	step("second")
	fmt.Println("main end")
}

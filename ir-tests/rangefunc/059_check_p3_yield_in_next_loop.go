package main

import (
	"fmt"
	"slices"
)

var stash func(int) bool

// The first loop's yield is called from the body of a second loop, after the first loop
// has finished: whole loop exit.
func main() {
	first := func(yield func(int) bool) {
		stash = yield
		yield(1)
	}
	for v := range first {
		fmt.Println("first loop", v)
	}
	for w := range slices.Values([]int{7, 8}) {
		fmt.Println("second loop", w)
		stash(w)
	}
}

package main

import "slices"

// Body defers: f takes the nest's token before the outer loop (runtime.deferrangefunc on
// its defer frame); the defer statements in both bodies push onto it
// (runtime.deferprocat).
func f(xs []int) {
	defer println("f")
	for x := range slices.Values(xs) {
		defer println("outer", x)
		for y := range slices.Values(xs) {
			defer println("inner", x, y)
		}
	}
}

func main() {
	f([]int{1, 2})
}

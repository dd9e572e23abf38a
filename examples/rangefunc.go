// rangefunc.go: a range-over-func loop (Go 1.23) with break, and a defer in its body
// that runs when main returns.
package main

import "fmt"

// Countdown yields n, n-1, ..., 1.
func Countdown(n int) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	defer fmt.Println("main returns")
	for v := range Countdown(5) {
		if v == 2 {
			break
		}
		defer fmt.Println("deferred in body", v)
		fmt.Println("got", v)
	}
	fmt.Println("after loop")
}

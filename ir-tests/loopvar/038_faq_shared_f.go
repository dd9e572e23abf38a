package main

import "fmt"

// From the loopvar FAQ: f is set in iteration 0 and called every iteration.
// Shared: 0123456789. Per-iteration: 0000000000.
func main() {
	var f func()
	for i := 0; i < 10; i++ {
		if i == 0 {
			f = func() { fmt.Print(i) }
		}
		f()
	}
	fmt.Println()
}

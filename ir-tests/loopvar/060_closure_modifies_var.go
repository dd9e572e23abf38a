package main

import "fmt"

// Closures that modify the captured loop variable; each is called once in its
// iteration and again after the loop.
func main() {
	var incs []func() int
	for i := 0; i < 6; i++ {
		inc := func() int { i++; return i }
		inc()
		incs = append(incs, inc)
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

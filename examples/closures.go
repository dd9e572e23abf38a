// closures.go shows what per-iteration loop variables (Go 1.22) change.
//
//	loopc -d=loopvar=2 examples/closures.go   # which variables became per-iteration, stack or heap
//	loopc run examples/closures.go            # 0 1 2 / 10 20 30
//	loopc run -lang=go1.21 examples/closures.go  # the old, shared variables: 3 3 3 / 30 30 30
package main

import "fmt"

var keep []*int

func main() {
	// Each closure captures its own i: the variable is per-iteration. The closures
	// outlive the iteration, but i is captured by value, so it stays on the stack.
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// &v escapes into a global slice: each iteration's v is heap-allocated.
	for _, v := range []int{10, 20, 30} {
		keep = append(keep, &v)
	}
	for _, p := range keep {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Only used, never captured or address-taken: no report, no change.
	sum := 0
	for _, n := range []int{0, 1, 2, 3} {
		sum += n
	}
	fmt.Println("sum", sum)
}

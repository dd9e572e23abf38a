package main

import "fmt"

// A condition-only loop and a 3-clause loop without init declare no loop variables:
// no report, shared under both semantics.
func main() {
	var fs []func() int
	n := 0
	for n < 3 {
		fs = append(fs, func() int { return n })
		n++
	}
	m := 0
	for ; m < 2; m++ {
		fs = append(fs, func() int { return m * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

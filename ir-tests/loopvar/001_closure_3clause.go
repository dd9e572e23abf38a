package main

import "fmt"

// Closures appended in a 3-clause loop: per-iteration i (0 1 2) vs shared i (3 3 3).
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

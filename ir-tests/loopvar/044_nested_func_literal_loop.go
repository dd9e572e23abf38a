package main

import "fmt"

// A closure inside a closure inside a loop: the inner literal captures the loop variable.
func main() {
	var makers []func() func() int
	for i := 0; i < 3; i++ {
		makers = append(makers, func() func() int {
			return func() int { return i + 1 }
		})
	}
	for _, mk := range makers {
		fmt.Print(mk()(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// The one-variable shape, ranged with one variable and with none.
func evens(limit int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i <= limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range evens(8) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	n := 0
	for range evens(8) {
		n++
	}
	fmt.Println("n", n)
}

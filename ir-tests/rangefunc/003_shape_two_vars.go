package main

import "fmt"

// The two-variable shape, ranged with two, one and zero variables.
func pairs(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i*10, w) {
				return
			}
		}
	}
}

func main() {
	ws := []string{"a", "b", "c"}
	for k, v := range pairs(ws) {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
	for k := range pairs(ws) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	c := 0
	for range pairs(ws) {
		c++
	}
	fmt.Println(c)
}

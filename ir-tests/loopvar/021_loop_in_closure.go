package main

import "fmt"

// Loops inside a func literal, whose own closures capture the loop variable.
func main() {
	build := func(n int) []func() int {
		var out []func() int
		for i := 0; i < n; i++ {
			out = append(out, func() int { return i * n })
		}
		return out
	}
	for _, f := range build(3) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	gen := func(words []string) (r []func() string) {
		for _, w := range words {
			r = append(r, func() string { return w + w })
		}
		return
	}
	for _, f := range gen([]string{"ab", "cd"}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// The body modifies the loop variable after a local (non-escaping) closure captured it.
func main() {
	for i := 0; i < 6; i++ {
		f := func() { fmt.Print(i, " ") }
		i++
		f()
	}
	fmt.Println()
	var later []func() int
	for i := 0; i < 6; i++ {
		later = append(later, func() int { return i })
		i += 2
	}
	for _, f := range later {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

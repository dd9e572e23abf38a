package main

import "fmt"

// Range over an integer (go1.22+ only): closures capture n.
func main() {
	var fs []func() int
	for n := range 4 {
		fs = append(fs, func() int { return n * n })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

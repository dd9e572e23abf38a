package main

import "fmt"

// Closures capture the value variable of a range over a slice.
func main() {
	words := []string{"alpha", "beta", "gamma"}
	var fs []func() string
	for _, w := range words {
		fs = append(fs, func() string { return "<" + w + ">" })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

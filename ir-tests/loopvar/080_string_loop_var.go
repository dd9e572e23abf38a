package main

import "fmt"

// A string loop variable grown by the post statement, captured in the body.
func main() {
	var fs []func() string
	for s := "a"; len(s) < 4; s += "b" {
		fs = append(fs, func() string { return "[" + s + "]" })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

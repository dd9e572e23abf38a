package main

import "fmt"

// gc inlines small functions and reports their loops again at the call site; a function
// marked //go:noinline is never inlined, so its loop is reported once.

func small() int {
	var fs []func() int
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i })
	}
	return len(fs)
}

//go:noinline
func pinned() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return len(fs)
}

func main() {
	fmt.Println(small(), pinned())
}

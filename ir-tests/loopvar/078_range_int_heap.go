package main

import "fmt"

var ptrs []*int

// Range over an integer with &n stored in a global (go1.22+ only).
func main() {
	for n := range 3 {
		ptrs = append(ptrs, &n)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

package main

import "fmt"

// Ranging over a nil function value: calling it is a nil dereference.
func main() {
	var seq func(func(int) bool)
	fmt.Println("before loop")
	for v := range seq {
		fmt.Println(v)
	}
	fmt.Println("not reached")
}

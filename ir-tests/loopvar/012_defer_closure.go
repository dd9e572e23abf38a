package main

import "fmt"

// Deferred closures in a loop capture the variable.
func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred sees", i) }()
	}
	fmt.Println("run body done")
}

func main() {
	run()
}

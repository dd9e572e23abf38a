package main

import "fmt"

// Closures stored into a local array indexed by the loop variable.
func main() {
	var fs [4]func() int
	for i := 0; i < len(fs); i++ {
		fs[i] = func() int { return i * i }
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// Closures stored in a map keyed by the loop variable (lookups, not iteration order).
func main() {
	handlers := map[int]func() string{}
	for code := 200; code <= 202; code++ {
		handlers[code] = func() string { return fmt.Sprint("handled ", code) }
	}
	for code := 200; code <= 202; code++ {
		fmt.Println(code, handlers[code]())
	}
}

package main

import "fmt"

// Deferred closures in a loop that itself is inside a func literal.
func main() {
	work := func(names []string) {
		defer fmt.Println("work returns")
		for idx, n := range names {
			defer func() { fmt.Println("cleanup", idx, n) }()
		}
	}
	work([]string{"db", "net", "fs"})
}

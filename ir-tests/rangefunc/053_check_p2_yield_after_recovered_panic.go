package main

import "fmt"

// The iterator fully recovers the body's panic (the deferred call finishes), then calls
// yield again in its normal flow: the state is still PANIC.
func main() {
	it := func(yield func(string) bool) {
		func() {
			defer func() { fmt.Println("swallowed:", recover()) }()
			yield("first")
		}()
		fmt.Println("iterator continues")
		yield("second")
	}
	for s := range it {
		fmt.Println("body", s)
		panic("body fails on " + s)
	}
}

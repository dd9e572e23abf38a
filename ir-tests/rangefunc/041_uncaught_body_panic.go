package main

import (
	"fmt"
	"iter"
)

func items() iter.Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("iterator cleanup")
		for _, s := range []string{"ok", "fine", "bad", "never"} {
			if !yield(s) {
				return
			}
		}
	}
}

// An uncaught panic in the body: iterator and body defers print first, then the
// panic message, exit code 2.
func main() {
	defer fmt.Println("main defer")
	for s := range items() {
		defer fmt.Println("body defer", s)
		if s == "bad" {
			panic("bad item: " + s)
		}
		fmt.Println("item", s)
	}
}

package main

import (
	"fmt"
	"iter"
)

func watched() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			r := recover()
			fmt.Println("iterator saw", r, "and re-panics")
			panic(r)
		}()
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// The iterator recovers the body's panic and panics again with the same value; nobody
// recovers it, so the runtime reports it as recovered and repanicked.
func main() {
	for v := range watched() {
		fmt.Println("body", v)
		if v == 1 {
			panic("body gave up")
		}
	}
}

package main

import (
	"fmt"
	"iter"
)

func careful() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("iterator saw panic:", r)
				panic(r)
			}
		}()
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// The iterator recovers the body's panic and panics again with the same value; the
// caller recovers it. Allowed: the body's panic keeps propagating.
func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	for v := range careful() {
		if v == 1 {
			panic("body panic")
		}
		fmt.Println("body", v)
	}
}

package main

import (
	"fmt"
	"iter"
)

func failing(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator defer")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
		panic(fmt.Sprintf("iterator failed after %d", n))
	}
}

// A panic in the iterator (not in the body) unwinds through f: the body defers already
// registered run, newest first, then f's earlier defers; main's recover stops it.
func f() {
	defer fmt.Println("f defer")
	for x := range failing(3) {
		defer fmt.Println("body defer", x)
	}
	fmt.Println("not reached")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	f()
}

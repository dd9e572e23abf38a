package main

import (
	"fmt"
	"iter"
)

func guarded(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator", name, "defer runs")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
		fmt.Println("iterator", name, "finished normally")
	}
}

// A body panic unwinds through the iterator frames (running their defers) to the
// recover in main.
func run() {
	defer fmt.Println("run defer")
	for i := range guarded("outer", 2) {
		for j := range guarded("inner", 3) {
			if i == 1 && j == 1 {
				panic(fmt.Sprintf("boom at %d,%d", i, j))
			}
			fmt.Println("body", i, j)
		}
	}
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	run()
}

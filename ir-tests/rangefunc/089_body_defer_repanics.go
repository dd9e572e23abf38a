package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// A body defer panics while f returns normally; the other body defers and f's own
// still run, and f's first defer recovers the newest panic.
func f() (out string) {
	defer func() {
		out = fmt.Sprint("recovered ", recover())
	}()
	for x := range count(3) {
		defer func() {
			fmt.Println("body defer", x)
			if x == 1 {
				panic("defer panic")
			}
		}()
	}
	return "normal"
}

func main() {
	fmt.Println(f())
}

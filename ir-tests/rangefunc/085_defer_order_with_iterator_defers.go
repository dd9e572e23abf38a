package main

import (
	"fmt"
	"iter"
)

func seq(name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "iterator defer")
		for i := 0; i < 3; i++ {
			defer fmt.Println(name, "iterator item defer", i)
			if !yield(i) {
				return
			}
		}
	}
}

// Iterator defers run when the iterator returns; body defers run with f's, at the
// position of their loop among f's own defers.
func f() (r int) {
	defer fmt.Println("f first")
	for x := range seq("A") {
		defer fmt.Println("A body", x)
		r += x
	}
	defer fmt.Println("f middle")
	for x := range seq("B") {
		defer func() {
			r = r*10 + x
			fmt.Println("B body", x, r)
		}()
		if x == 1 {
			break
		}
	}
	defer fmt.Println("f last")
	return r
}

func main() {
	fmt.Println("f returned", f())
}

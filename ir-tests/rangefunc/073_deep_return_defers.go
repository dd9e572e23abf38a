package main

import (
	"fmt"
	"iter"
)

func level(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  exit iterator", name)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// return through three nested range-over-func loops, with body defers at every level:
// iterators close innermost first, then the body defers run in LIFO order.
func find() (res string) {
	defer func() { fmt.Println("find returns", res) }()
	for a := range level("A", 3) {
		defer fmt.Println("defer A", a)
		for b := range level("B", 3) {
			defer fmt.Println("defer B", a, b)
			for c := range level("C", 3) {
				if a+b+c == 2 && c == 1 {
					defer fmt.Println("defer C", a, b, c)
					return fmt.Sprint(a, b, c)
				}
			}
		}
	}
	return "none"
}

func main() {
	fmt.Println(find())
}

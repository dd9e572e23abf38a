package main

import (
	"fmt"
	"iter"
)

func trace(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			more := yield(i)
			fmt.Println("  yield", i, "returned", more)
			if !more {
				fmt.Println("  iterator stops")
				return
			}
		}
		fmt.Println("  iterator exhausted")
	}
}

// break and continue in the body, with the iterator showing what yield returned.
func main() {
	for v := range trace(5) {
		if v%2 == 1 {
			continue
		}
		if v == 4 {
			break
		}
		fmt.Println("body", v)
	}
	fmt.Println("after first loop")
	for v := range trace(2) {
		fmt.Println("body", v)
	}
}

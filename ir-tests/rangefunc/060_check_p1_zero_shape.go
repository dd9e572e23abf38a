package main

import "fmt"

// p1 with the zero-variable shape and continue/break mixed.
func main() {
	n := 0
	ticks := func(yield func() bool) {
		for i := 0; i < 5; i++ {
			ok := yield()
			fmt.Println("tick", i, ok)
		}
	}
	for range ticks {
		n++
		if n < 2 {
			continue
		}
		break
	}
}

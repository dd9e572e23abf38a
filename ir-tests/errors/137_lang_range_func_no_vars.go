package main

import "fmt"

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	n := 0
	for range three {
		n++
	}
	fmt.Println(n)
}

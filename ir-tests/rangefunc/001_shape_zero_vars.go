package main

import "fmt"

// The zero-variable yield shape: func(yield func() bool).
func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	count := 0
	for range times(4) {
		count++
	}
	fmt.Println("ran", count, "times")
	for range times(10) {
		count++
		if count == 6 {
			break
		}
	}
	fmt.Println("count", count)
}

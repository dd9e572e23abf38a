package main

import "fmt"

var keep func(string, int) bool

func leak(yield func(string, int) bool) {
	keep = yield
	for i, s := range []string{"a", "b"} {
		if !yield(s, i) {
			return
		}
	}
}

func loop() int {
	n := 0
	for s, i := range leak {
		fmt.Println(s, i)
		n++
	}
	return n
}

// p3 with the two-variable shape: the saved yield is called after the function
// that contained the loop has returned.
func main() {
	fmt.Println("loop ran", loop(), "times")
	keep("z", 9)
}

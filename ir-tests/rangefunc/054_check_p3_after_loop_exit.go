package main

import "fmt"

var saved func(int) bool

// p3: the iterator keeps yield, the loop finishes, then the saved yield is called.
func main() {
	it := func(yield func(int) bool) {
		saved = yield
		yield(1)
	}
	for x := range it {
		fmt.Println("body", x)
	}
	fmt.Println("loop finished, calling saved yield")
	saved(5)
	fmt.Println("not reached")
}

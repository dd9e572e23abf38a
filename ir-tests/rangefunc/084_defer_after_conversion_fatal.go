package main

import "fmt"

var saved func(int) bool

func it(yield func(int) bool) {
	saved = yield
	yield(1)
	panic("iterator failed")
}

// The iterator panics after a yield that returned true, so the body's state stays
// READY. f's recovering defer (registered before the loop) runs after the loop's body
// defers were converted; calling the saved body then reaches its defer statement:
// gc's fatal error "defer after range func returned" (not a panic, exit code 2).
func f() {
	defer func() {
		fmt.Println("recovered:", recover())
		saved(2)
		fmt.Println("not reached")
	}()
	for x := range it {
		defer fmt.Println("body defer", x)
	}
}

func main() {
	f()
	fmt.Println("not reached")
}

package main

import "fmt"

var saved func(int) bool

func it(yield func(int) bool) {
	saved = yield
	yield(1)
}

func loop() {
	for x := range it {
		defer fmt.Println("body defer", x)
	}
	fmt.Println("loop function returns")
}

// p5: as p3, but the body contains defer; the state check fires before any defer.
func main() {
	loop()
	fmt.Println("calling saved yield")
	saved(2)
	fmt.Println("not reached")
}

package main

import "fmt"

// p1: the iterator ignores yield's false result and calls yield again after break.
func main() {
	it := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range it {
		fmt.Println("body", x)
		break
	}
	fmt.Println("not reached")
}

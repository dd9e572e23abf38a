package main

import "fmt"

// p4: the iterator recovers the body's panic and returns normally.
func main() {
	it := func(yield func(int) bool) {
		defer func() {
			fmt.Println("iterator swallowed:", recover())
		}()
		yield(1)
		yield(2)
	}
	for x := range it {
		fmt.Println("body", x)
		panic(x * 10)
	}
	fmt.Println("not reached")
}

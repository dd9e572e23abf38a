package main

import "fmt"

// p2: the iterator recovers the body's panic in a deferred call and yields again there.
func main() {
	it := func(yield func(int) bool) {
		defer func() {
			r := recover()
			fmt.Println("iterator recovered", r)
			yield(2)
		}()
		yield(1)
	}
	for x := range it {
		fmt.Println("body", x)
		panic(x)
	}
}

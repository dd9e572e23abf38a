package main

import "fmt"

// p1 raised from the iterator's own deferred call, after the loop body broke out.
func main() {
	it := func(yield func(int) bool) {
		defer func() {
			fmt.Println("iterator defer calls yield again")
			yield(99)
		}()
		for i := 0; i < 5; i++ {
			if !yield(i) {
				fmt.Println("iterator got false at", i)
				return
			}
		}
	}
	for v := range it {
		if v == 1 {
			break
		}
		fmt.Println("body", v)
	}
}

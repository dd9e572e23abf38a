package main

import (
	"fmt"
	"slices"
)

// A deferred recover inside the body does not run at the end of the iteration: it runs
// when the function unwinds, and then stops the panic of a later iteration.
func f() (out string) {
	for v := range slices.Values([]int{1, 2, 3}) {
		defer func() {
			if r := recover(); r != nil {
				out = fmt.Sprint("body defer ", v, " recovered ", r)
			}
		}()
		if v == 3 {
			panic("third")
		}
	}
	return "no panic"
}

func main() {
	fmt.Println(f())
}

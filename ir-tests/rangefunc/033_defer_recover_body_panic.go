package main

import (
	"fmt"
	"slices"
)

// A body panic is recovered by the enclosing function's deferred recover, which was
// registered before the loop, so it runs after the body defers.
func process(xs []int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for x := range slices.Values(xs) {
		defer fmt.Println("body defer", x)
		if x == 0 {
			panic("zero value")
		}
		fmt.Println("ok", 10/x)
	}
	return nil
}

func main() {
	fmt.Println(process([]int{5, 2, 0, 1}))
	fmt.Println(process([]int{1}))
}

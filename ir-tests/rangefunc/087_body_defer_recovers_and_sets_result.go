package main

import (
	"errors"
	"fmt"
	"slices"
)

// A body defer that recovers the body's panic is one of f's deferred calls, so its
// recover stops the panic and f returns normally with the result it set.
func f(xs []int) (n int, err error) {
	for i, x := range slices.All(xs) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("item %d: %v", i, r)
			}
		}()
		if x < 0 {
			panic(errors.New("negative"))
		}
		n += x
	}
	return n, nil
}

func main() {
	fmt.Println(f([]int{1, 2, 3}))
	fmt.Println(f([]int{4, -5, 6}))
}

package main

import (
	"fmt"
	"slices"
)

// A body defer modifies the named result after a return from inside the body.
func firstBig(xs []int) (res int) {
	for i, x := range slices.All(xs) {
		defer func() {
			res += i
			fmt.Println("defer for index", i, "res now", res)
		}()
		if x > 10 {
			return x * 100
		}
	}
	return -1
}

func main() {
	fmt.Println(firstBig([]int{1, 5, 20, 30}))
	fmt.Println(firstBig([]int{1}))
}

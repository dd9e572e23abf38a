package main

import "fmt"

func checkedSqrt(n int) int {
	if n < 0 {
		panic(n)
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func main() {
	for _, n := range []int{0, 1, 15, 16, 99, -7} {
		fmt.Printf("isqrt(%d) = %d\n", n, checkedSqrt(n))
	}
}

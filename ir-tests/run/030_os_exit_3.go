package main

import (
	"fmt"
	"os"
)

func check(vals []int) int {
	bad := 0
	for _, v := range vals {
		if v < 0 {
			bad++
		}
	}
	return bad
}

func main() {
	defer fmt.Println("this deferred call never runs")
	vals := []int{1, -2, 3, -4, -5}
	n := check(vals)
	fmt.Println("negative values:", n)
	if n > 0 {
		os.Exit(n)
	}
	fmt.Println("all good")
}

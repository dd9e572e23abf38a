package main

import "fmt"

var saved []*int

// &v stored in a global slice: heap-allocated per-iteration variable.
func record(xs []int) {
	for _, v := range xs {
		saved = append(saved, &v)
	}
}

func main() {
	record([]int{4, 5, 6})
	for _, p := range saved {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println("first two share:", saved[0] == saved[1])
}

package main

import "fmt"

func pair(yield func(int) bool) {
	if !yield(1) {
		return
	}
	yield(2)
}

// An ordinary loop's variable used inside a nested range-over-func body is captured by
// the synthesized body closure, so the outer loop is reported (go1.23 only).
func main() {
	sum := 0
	for k := 0; k < 3; k++ {
		for x := range pair {
			sum += k * x
		}
	}
	fmt.Println("sum", sum)
	var fs []func() int
	for _, base := range []int{100, 200} {
		for x := range pair {
			fs = append(fs, func() int { return base + x })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

var keep []func() int

// A 16-int array (128 bytes) is captured by value: stack-allocated.
func main() {
	for a := [16]int{}; a[0] < 3; a[0]++ {
		keep = append(keep, func() int { return a[0]*10 + a[15] })
	}
	for _, f := range keep {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

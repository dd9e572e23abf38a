package main

import "fmt"

var keep []func() int

// A 17-int array (136 bytes) is captured by reference: heap-allocated.
func main() {
	for a := [17]int{}; a[0] < 3; a[0]++ {
		keep = append(keep, func() int { return a[0]*10 + a[16] })
		a[16]++
	}
	for _, f := range keep {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

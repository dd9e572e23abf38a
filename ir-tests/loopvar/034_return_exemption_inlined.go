package main

import "fmt"

// A small function whose only capture is in a return statement: the function itself
// gets no report, but its inlined copy in main does.
func find(xs []int) func() int {
	for _, x := range xs {
		if x > 1 {
			return func() int { return x }
		}
	}
	return nil
}

func main() {
	f := find([]int{0, 1, 2, 3})
	fmt.Println(f())
}

package main

import "fmt"

// The closure never escapes: stack-allocated, yet the output differs, because the
// closure made in the first iteration is kept in an outer variable and called later.
func main() {
	var f func() int
	for i := 0; i < 4; i++ {
		if i == 0 {
			f = func() int { return i }
		}
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

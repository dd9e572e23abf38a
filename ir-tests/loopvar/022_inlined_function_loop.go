package main

import "fmt"

// A small function with a capturing loop that gets inlined into main: reported twice,
// once for its own body and once "(loop inlined into ...)".
func ptrs(n int) []*int {
	var r []*int
	for i := 0; i < n; i++ {
		r = append(r, &i)
	}
	return r
}

func main() {
	for _, p := range ptrs(3) {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

package main

import "fmt"

// A function builds and returns pointers to the loop variable. It is big enough
// not to be inlined.
func pointers(n int) []*int {
	var r []*int
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			r = append(r, &i)
		} else {
			fmt.Print("odd ", i, " ")
		}
	}
	fmt.Println()
	fmt.Println("building done after", n, "iterations with", len(r), "pointers")
	return r
}

func main() {
	for _, p := range pointers(5) {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

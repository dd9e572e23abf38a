package main

import "fmt"

// The body changes the loop variable through a pointer; the loop still progresses by it.
func main() {
	var ps []*int
	for i := 1; i < 20; i++ {
		p := &i
		*p *= 2
		ps = append(ps, p)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

package main

import "fmt"

// &a[1] of an array loop variable counts as taking the address of a.
func main() {
	var ps []*int
	for _, a := range [][3]int{{1, 2, 3}, {4, 5, 6}} {
		ps = append(ps, &a[1])
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

package main

import "fmt"

type pt struct{ x, y int }

// &v.y of a struct range variable.
func main() {
	var ys []*int
	for _, v := range []pt{{1, 2}, {3, 4}, {5, 6}} {
		ys = append(ys, &v.y)
	}
	for _, p := range ys {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

package main

import "fmt"

type pt struct{ x, y int }

// A struct-typed 3-clause loop variable; the post statement updates a field.
func main() {
	var ps []*pt
	for p := (pt{0, 5}); p.x < 3; p.x++ {
		ps = append(ps, &p)
		p.y--
	}
	for _, q := range ps {
		fmt.Print(*q, " ")
	}
	fmt.Println()
}

package main

import "fmt"

// Compare addresses of loop variables across iterations (no pointer values printed).
func main() {
	var prev *int
	same := 0
	for i := 0; i < 5; i++ {
		if prev == &i {
			same++
		}
		prev = &i
	}
	fmt.Println("same address count:", same)
	var ps []*rune
	for _, r := range "abc" {
		ps = append(ps, &r)
	}
	fmt.Println("rune pointers equal:", ps[0] == ps[2], string([]rune{*ps[0], *ps[1], *ps[2]}))
}

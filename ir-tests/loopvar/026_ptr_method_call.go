package main

import "fmt"

type acc struct{ n int }

func (a *acc) add(k int) { a.n += k }

var last *acc

// Calling a pointer-receiver method on the range variable takes its address implicitly
// (stack-allocated), and a second loop also stores the pointer (heap-allocated).
func main() {
	items := []acc{{1}, {2}, {3}}
	for _, it := range items {
		it.add(10)
		fmt.Print(it.n, " ")
	}
	fmt.Println("| items unchanged:", items)
	var ps []*acc
	for _, it := range items {
		it.add(100)
		ps = append(ps, &it)
		last = &it
	}
	for _, p := range ps {
		fmt.Print(p.n, " ")
	}
	fmt.Println("| last", last.n)
}

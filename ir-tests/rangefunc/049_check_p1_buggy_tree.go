package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

// walk forgets to stop when yield returns false.
func (t *Tree) walk(yield func(int) bool) {
	if t == nil {
		return
	}
	t.L.walk(yield)
	yield(t.V)
	t.R.walk(yield)
}

// p1 from a recursive iterator that ignores false: the first break is fine only if
// nothing is yielded afterwards.
func main() {
	t := &Tree{L: &Tree{V: 1}, V: 2, R: &Tree{V: 3}}
	for v := range t.walk {
		fmt.Println("visit", v)
		if v == 3 {
			break
		}
	}
	fmt.Println("first loop survived: nothing was yielded after 3")
	for v := range t.walk {
		fmt.Println("visit", v)
		if v == 1 {
			break
		}
	}
	fmt.Println("not reached")
}

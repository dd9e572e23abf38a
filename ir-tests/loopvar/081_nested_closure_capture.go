package main

import "fmt"

// Closures nested in closures inside loops: gc decides the capture mode once per variable,
// so a loop variable copied by the outer closure is copied again by the inner one and stays
// on the stack, whether the outer closure is called directly (and inlined) or passed to a
// function; a variable written through the nesting is shared and moves to the heap.

var fs []func() int

func keep(f func() int) { fs = append(fs, f) }

//go:noinline
func apply(f func()) { f() }

func main() {
	for i := 0; i < 3; i++ {
		func() {
			keep(func() int { return i })
		}()
	}
	for j := 0; j < 3; j++ {
		apply(func() {
			keep(func() int { return j * 10 })
		})
	}
	for _, r := range []int{7, 8} {
		apply(func() {
			keep(func() int { return r * 100 })
		})
	}
	for k := 0; k < 3; k++ {
		apply(func() {
			keep(func() int { k++; return k * 1000 })
		})
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// Closures created in loops: called at once (the closure can stay on the stack), stored
// in a slice (every closure and its captured per-iteration variable move to the heap).
package main

import "testing"

var sink int

func BenchmarkClosureCalledInLoop(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 100; i++ {
			add := func(x int) int { return x + i }
			t = add(t)
		}
		sink = t
	}
}

func BenchmarkClosureStored(b *testing.B) {
	fs := make([]func() int, 100)
	for n := 0; n < b.N; n++ {
		for i := 0; i < len(fs); i++ {
			fs[i] = func() int { return i }
		}
		t := 0
		for _, f := range fs {
			t += f()
		}
		sink = t
	}
}

func BenchmarkDirectCall(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 100; i++ {
			t = plus(t, i)
		}
		sink = t
	}
}

//go:noinline
func plus(x, y int) int { return x + y }

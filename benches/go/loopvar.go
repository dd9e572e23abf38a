// Per-iteration loop variables (Go 1.22): a variable whose address does not escape stays
// on the stack and should cost nothing; one captured by a stored closure moves to the heap,
// once per iteration. Run with the file's default language (per-iteration) and with
// -lang=go1.21 (one shared variable per loop) to compare.
package main

import "testing"

var sink int
var keep func() int

//go:noinline
func read(p *int) int { return *p }

func BenchmarkLoopVarPlain(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 1000; i++ {
			t += i
		}
		sink = t
	}
}

func BenchmarkLoopVarStack(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 1000; i++ {
			t += read(&i)
		}
		sink = t
	}
}

func BenchmarkLoopVarClosureCalled(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 1000; i++ {
			f := func() int { return i }
			t += f()
		}
		sink = t
	}
}

func BenchmarkLoopVarHeap(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 100; i++ {
			keep = func() int { return i }
			t += keep()
		}
		sink = t
	}
}

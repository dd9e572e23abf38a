// Range-over-func: a simple iterator and nested iterators against the plain loops they
// replace, and defer inside a range-over-func body against a plain defer.
package main

import (
	"iter"
	"testing"
)

var sink int

// count yields 0..n-1.
func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// grid yields every (i, j) of an n×n grid through two nested iterators.
func grid(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range count(n) {
			for j := range count(n) {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func BenchmarkPlainLoop(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 1000; i++ {
			t += i
		}
		sink = t
	}
}

func BenchmarkRangeFunc(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := range count(1000) {
			t += i
		}
		sink = t
	}
}

func BenchmarkPlainNested(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 32; i++ {
			for j := 0; j < 32; j++ {
				t += i ^ j
			}
		}
		sink = t
	}
}

func BenchmarkRangeFuncNested(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i, j := range grid(32) {
			t += i ^ j
		}
		sink = t
	}
}

func deferPlain(k int) {
	for i := 0; i < k; i++ {
		defer func() { sink++ }()
	}
}

func deferInRangeFunc(k int) {
	for range count(k) {
		defer func() { sink++ }()
	}
}

func BenchmarkDeferPlain(b *testing.B) {
	for n := 0; n < b.N; n++ {
		deferPlain(8)
	}
}

func BenchmarkDeferRangeFunc(b *testing.B) {
	for n := 0; n < b.N; n++ {
		deferInRangeFunc(8)
	}
}

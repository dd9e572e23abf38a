// Loops over slices: index loops, range loops, slices.All and slices.Backward.
package main

import (
	"slices"
	"testing"
)

var data = func() []int {
	s := make([]int, 1000)
	for i := range s {
		s[i] = i
	}
	return s
}()

var sink int

func BenchmarkSliceIndex(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < len(data); i++ {
			t += data[i]
		}
		sink = t
	}
}

func BenchmarkSliceRange(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for _, v := range data {
			t += v
		}
		sink = t
	}
}

func BenchmarkSlicesAll(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i, v := range slices.All(data) {
			t += v + i
		}
		sink = t
	}
}

func BenchmarkIndexLoopAll(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < len(data); i++ {
			t += data[i] + i
		}
		sink = t
	}
}

func BenchmarkSlicesBackward(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i, v := range slices.Backward(data) {
			t += v - i
		}
		sink = t
	}
}

func BenchmarkIndexBackward(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := len(data) - 1; i >= 0; i-- {
			t += data[i] - i
		}
		sink = t
	}
}

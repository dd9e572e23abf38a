// Maps: inserting into a fresh map, looking keys up, ranging over a map.
package main

import "testing"

var sink int

var table = func() map[int]int {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i * 2
	}
	return m
}()

func BenchmarkMapInsert(b *testing.B) {
	for n := 0; n < b.N; n++ {
		m := map[int]int{}
		for i := 0; i < 100; i++ {
			m[i] = i
		}
		sink = len(m)
	}
}

func BenchmarkMapLookup(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 1000; i++ {
			t += table[i]
		}
		sink = t
	}
}

func BenchmarkMapRange(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for k, v := range table {
			t += k + v
		}
		sink = t
	}
}

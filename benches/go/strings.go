// Strings: concatenation, strings.Builder, ranging over runes, strconv and comparison.
package main

import (
	"strconv"
	"strings"
	"testing"
)

var sink int
var sinkS string

func BenchmarkConcat(b *testing.B) {
	for n := 0; n < b.N; n++ {
		s := ""
		for i := 0; i < 10; i++ {
			s += "ab"
		}
		sinkS = s
	}
}

func BenchmarkBuilder(b *testing.B) {
	for n := 0; n < b.N; n++ {
		var sb strings.Builder
		for i := 0; i < 10; i++ {
			sb.WriteString("ab")
		}
		sinkS = sb.String()
	}
}

const text = "loop variables, range-over-func and defer: héllo wörld"

func BenchmarkRangeRunes(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for _, r := range text {
			t += int(r)
		}
		sink = t
	}
}

func BenchmarkItoa(b *testing.B) {
	for n := 0; n < b.N; n++ {
		sinkS = strconv.Itoa(n)
	}
}

func BenchmarkContains(b *testing.B) {
	for n := 0; n < b.N; n++ {
		if strings.Contains(text, "wörld") {
			sink++
		}
	}
}

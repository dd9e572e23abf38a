package main

import (
	"fmt"
	"testing"
)

func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{1, 10} {
		b.Run("size", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				fmt.Println(n)
			}
		})
	}
}

func main() {
	fmt.Println("main")
}

package main

import (
	"fmt"
	"iter"
)

type Source interface {
	Items() iter.Seq2[string, float64]
}

type prices struct {
	names []string
	vals  []float64
}

func (p prices) Items() iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) {
		for i, n := range p.names {
			if !yield(n, p.vals[i]) {
				return
			}
		}
	}
}

type constant struct{}

func (constant) Items() iter.Seq2[string, float64] {
	return func(yield func(string, float64) bool) { yield("pi", 3.25) }
}

// Iterators obtained through an interface method.
func total(srcs ...Source) float64 {
	sum := 0.0
	for _, s := range srcs {
		for name, v := range s.Items() {
			fmt.Printf("%s=%.2f ", name, v)
			sum += v
		}
	}
	fmt.Println()
	return sum
}

func main() {
	fmt.Println(total(prices{[]string{"tea", "cake"}, []float64{1.5, 2.75}}, constant{}))
}

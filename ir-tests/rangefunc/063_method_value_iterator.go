package main

import "fmt"

type Range struct{ lo, hi, step int }

func (r Range) Each(yield func(int) bool) {
	for v := r.lo; v < r.hi; v += r.step {
		if !yield(v) {
			return
		}
	}
}

type Pairs map[string]int

func (p Pairs) Sorted(yield func(string, int) bool) {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	for _, k := range keys {
		if !yield(k, p[k]) {
			return
		}
	}
}

// Method values with the yield signature used directly as range expressions.
func main() {
	r := Range{1, 12, 3}
	for v := range r.Each {
		fmt.Print(v, " ")
	}
	fmt.Println()
	each := r.Each
	r.hi = 100
	for v := range each {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for k, v := range (Pairs{"b": 2, "a": 1, "c": 3}).Sorted {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"iter"
)

// An infinite prime generator built on an infinite counter.
func from(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for ; ; n++ {
			if !yield(n) {
				return
			}
		}
	}
}

func primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := range from(2) {
			prime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					prime = false
					break
				}
			}
			if prime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func main() {
	count := 0
	for p := range primes() {
		fmt.Print(p, " ")
		count++
		if count == 15 {
			break
		}
	}
	fmt.Println()
}

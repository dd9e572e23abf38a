package main

import (
	"fmt"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return ps
}

func factorize(n uint64) map[uint64]int {
	f := map[uint64]int{}
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func formatFactors(n uint64) string {
	f := factorize(n)
	var parts []string
	for p := uint64(2); p <= n; p++ {
		if e, ok := f[p]; ok {
			if e == 1 {
				parts = append(parts, fmt.Sprint(p))
			} else {
				parts = append(parts, fmt.Sprintf("%d^%d", p, e))
			}
			delete(f, p)
			if len(f) == 0 {
				break
			}
		}
	}
	return strings.Join(parts, " * ")
}

func totient(n int) int {
	result := n
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			result -= result / p
		}
	}
	if n > 1 {
		result -= result / n
	}
	return result
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(len(sieve(10000)))
	for _, n := range []uint64{2, 12, 360, 97, 1001, 65536, 999999, 600851475143} {
		fmt.Printf("%d = %s\n", n, formatFactors(n))
	}
	fmt.Println(factorize(360))
	for n := 1; n <= 12; n++ {
		fmt.Print(totient(n), " ")
	}
	fmt.Println()
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin pairs below 100:", twin)
}

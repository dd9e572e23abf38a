package main

import (
	"fmt"
	"strings"
)

func permutations(xs []int) [][]int {
	var out [][]int
	var rec func(k int)
	rec = func(k int) {
		if k == len(xs) {
			out = append(out, append([]int(nil), xs...))
			return
		}
		for i := k; i < len(xs); i++ {
			xs[k], xs[i] = xs[i], xs[k]
			rec(k + 1)
			xs[k], xs[i] = xs[i], xs[k]
		}
	}
	rec(0)
	return out
}

func nQueens(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(r int)
	place = func(r int) {
		if r == n {
			if count == 0 {
				first = append([]int{}, pos...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[r+c] || d2[r-c+n] {
				continue
			}
			cols[c], d1[r+c], d2[r-c+n] = true, true, true
			pos[r] = c
			place(r + 1)
			cols[c], d1[r+c], d2[r-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func subsets(s string) []string {
	var out []string
	for mask := 0; mask < 1<<len(s); mask++ {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if mask&(1<<i) != 0 {
				b.WriteByte(s[i])
			}
		}
		out = append(out, "{"+b.String()+"}")
	}
	return out
}

func main() {
	ps := permutations([]int{1, 2, 3})
	fmt.Println(len(ps), ps)
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	for n := 1; n <= 8; n++ {
		c, f := nQueens(n)
		fmt.Printf("n=%d solutions=%d first=%v\n", n, c, f)
	}
	_, sol := nQueens(6)
	for _, c := range sol {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1))
	}
	fmt.Println(subsets("abc"))
}

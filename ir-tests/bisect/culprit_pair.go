// A failure that needs two loops changed together: the program prints whether either
// closure list still sees a shared variable, which stays true until both the `i` and the
// `j` loop have per-iteration variables. Bisect reports one change set of two loops.
package main

import "fmt"

func main() {
	total := 0
	for a := 0; a < 3; a++ {
		pa := &a
		total += *pa
	}
	var fi []func() int
	for i := 0; i < 3; i++ { // culprit
		fi = append(fi, func() int { return i })
	}
	for b := 0; b < 4; b++ {
		total += b
	}
	for _, w := range []string{"p", "q"} {
		pw := &w
		total += len(*pw)
	}
	var fj []func() int
	for j := 0; j < 3; j++ { // culprit
		fj = append(fj, func() int { return j })
	}
	for _, x := range []int{5, 6, 7} {
		total += x
	}
	for c := 0; c < 2; c++ {
		pc := &c
		total += *pc
	}
	for _, y := range []int{1, 1, 1} {
		fy := func() int { return y }
		total += fy()
	}
	shared := fi[0]() == 3 || fj[0]() == 3
	fmt.Println("total", total, "shared", shared)
}

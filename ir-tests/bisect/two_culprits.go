// Two loops among many change the output under per-iteration loop variables, each on its
// own: `v`, whose address keys a map (one shared variable is one key), and `i`, whose
// closures run after the loop. The other loops capture or take the address of their
// variables only within the iteration, or not at all.
package main

import "fmt"

type acc struct{ n int }

func (a *acc) add(k int) { a.n += k }

func main() {
	sum := 0
	for a := 0; a < 5; a++ {
		sum += a
	}
	seen := map[*int]bool{}
	for _, v := range []int{3, 1, 4, 1, 5} { // culprit
		seen[&v] = true
	}
	for b := 0; b < 3; b++ {
		pb := &b
		sum += *pb
	}
	names := []func() string{}
	for _, s := range []string{"go", "go", "go"} {
		names = append(names, func() string { return s })
	}
	for c := 3; c > 0; c-- {
		sum += c
	}
	var fs []func() int
	for i := 0; i < 4; i++ { // culprit
		fs = append(fs, func() int { return i })
	}
	for _, e := range []acc{{1}, {2}} {
		e.add(1)
		sum += e.n
	}
	for d := 0; d < 2; d++ {
		pd := &d
		sum += *pd * 3
	}
	for key := range map[string]bool{"a": true} {
		sum += len(key)
	}
	for g := 0; g < 3; g++ {
		h := func(x int) int { return x + 1 }
		sum += h(g)
	}
	for _, t := range []int{2, 2} {
		pt := &t
		sum += *pt
	}
	for f := 0; f < 2; f++ {
		sum += f
	}
	fmt.Println("sum", sum, "keys", len(seen))
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, n := range names {
		fmt.Print(n(), " ")
	}
	fmt.Println()
}

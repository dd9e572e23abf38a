// One loop among many changes the output under per-iteration loop variables: the
// closures of the `i` loop are called after the loop. The other loops either do not
// capture their variables or use the captured or address-taken variable within the
// iteration, so their semantics do not show.
package main

import "fmt"

type point struct{ x, y int }

func (p *point) scale(k int) { p.x *= k; p.y *= k }

func main() {
	total := 0
	for a := 0; a < 4; a++ {
		total += a
	}
	for _, s := range []string{"x", "yy"} {
		total += len(s)
	}
	for j := 0; j < 3; j++ {
		p := &j
		total += *p
	}
	var later []func() int
	for i := 0; i < 3; i++ { // culprit
		later = append(later, func() int { return i * 10 })
	}
	lens := []func() int{}
	for _, w := range []string{"ab", "cd", "ef"} {
		lens = append(lens, func() int { return len(w) })
	}
	for k := 0; k < 3; k++ {
		q := &k
		total += *q * 2
	}
	pts := []point{{1, 2}, {3, 4}}
	for _, pt := range pts {
		pt.scale(2)
		total += pt.x
	}
	for b := 10; b > 7; b-- {
		total -= b
	}
	m := map[string]int{"k": 1}
	for key, val := range m {
		total += len(key) + val
	}
	for c := 0; c < 2; c++ {
		r := &c
		*r += 0
		total += c
	}
	for n := 0; n < 2; n++ {
		total += n * n
	}
	for _, z := range []int{7, 8} {
		pz := &z
		total += *pz
	}
	fmt.Println("total", total)
	for _, f := range later {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range lens {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

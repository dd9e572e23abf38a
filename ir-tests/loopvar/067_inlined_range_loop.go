package main

import "fmt"

var sink []*string

// Two small functions with capturing loops, both inlined into main at different lines.
func keepAll(xs []string) {
	for _, x := range xs {
		sink = append(sink, &x)
	}
}

func lastOf(xs []int) func() int {
	var f func() int
	for _, x := range xs {
		f = func() int { return x }
	}
	return f
}

func main() {
	keepAll([]string{"k1", "k2"})
	g := lastOf([]int{4, 5, 6})
	keepAll([]string{"k3"})
	for _, p := range sink {
		fmt.Print(*p, " ")
	}
	fmt.Println(g())
}

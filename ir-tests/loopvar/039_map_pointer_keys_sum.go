package main

import "fmt"

// From the loopvar FAQ: summing through a map keyed by &x.
func sum(list []int) (int, int) {
	m := make(map[*int]int)
	for _, x := range list {
		m[&x] += x
	}
	total := 0
	for _, s := range m {
		total += s
	}
	return len(m), total
}

func main() {
	n, t := sum([]int{1, 2, 3, 4})
	fmt.Println("entries", n, "total", t)
}

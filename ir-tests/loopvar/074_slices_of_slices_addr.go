package main

import "fmt"

// Range value is a slice header; &row keeps each header and the closures see its length.
func main() {
	grid := [][]int{{1}, {2, 3}, {4, 5, 6}}
	var heads []*[]int
	var lens []func() int
	for _, row := range grid {
		heads = append(heads, &row)
		lens = append(lens, func() int { return len(row) })
	}
	for i := range heads {
		fmt.Print(len(*heads[i]), "/", lens[i](), " ")
	}
	fmt.Println()
}

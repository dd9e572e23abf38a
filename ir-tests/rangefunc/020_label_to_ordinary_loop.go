package main

import (
	"fmt"
	"slices"
)

// Labeled continue and break from a range-over-func body to enclosing ordinary loops.
func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}, {0, 0, 0}}
rows:
	for r := 0; r < len(grid); r++ {
		for c, v := range slices.All(grid[r]) {
			if v < 0 {
				fmt.Println("skip rest of row", r)
				continue rows
			}
			if v == 0 {
				fmt.Println("zero row, stop", r, c)
				break rows
			}
			fmt.Print(v, " ")
		}
		fmt.Println("| row", r, "complete")
	}
	fmt.Println("end")
}

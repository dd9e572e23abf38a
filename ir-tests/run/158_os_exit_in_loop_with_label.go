package main

import (
	"fmt"
	"os"
)

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	sum := 0
rows:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Printf("negative at (%d,%d), sum so far %d\n", i, j, sum)
				break rows
			}
			sum += v
		}
	}
	if sum < 100 {
		fmt.Println("sum too small:", sum)
		os.Exit(sum)
	}
	fmt.Println("never")
}

package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	ri, ci, found := -1, -1, false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func primes(n int) []int {
	var ps []int
next:
	for i := 2; i <= n; i++ {
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				continue next
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))
	fmt.Println(primes(60))
	count := 0
loop:
	for {
		switch {
		case count > 5:
			break loop
		case count%2 == 0:
			count += 3
			continue loop
		}
		count++
	}
	fmt.Println("count", count)
	n := 0
L1:
	for i := 0; i < 3; i++ {
	L2:
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				if k == 2 {
					continue L2
				}
				if j == 2 {
					continue L1
				}
				n++
				fmt.Print(i, j, k, " ")
			}
		}
	}
	fmt.Println("\nn", n)
}

package main

import (
	"fmt"
	"slices"
)

// break and continue inside an ordinary loop inside the body target that inner loop only.
func main() {
	for v := range slices.Values([]int{3, 5}) {
		for d := 2; d < v; d++ {
			if d == 3 {
				continue
			}
			if d == 4 {
				break
			}
			fmt.Print(v, "/", d, " ")
		}
		fmt.Print("| ")
	}
	fmt.Println()
	for w := range slices.Values([]string{"ab", "cde"}) {
	inner:
		for i := range len(w) {
			switch w[i] {
			case 'b':
				break inner
			case 'd':
				continue inner
			}
			fmt.Print(string(w[i]))
		}
	}
	fmt.Println()
}

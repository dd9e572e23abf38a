package main

import (
	"fmt"
	"slices"
)

// An unlabeled break inside a switch in the body breaks the switch, not the loop;
// a labeled break on the range statement leaves it.
func main() {
loop:
	for v := range slices.Values([]int{1, 2, 3, 4, 5}) {
		switch {
		case v == 2:
			break
		case v == 4:
			break loop
		default:
			fmt.Println("default", v)
		}
		fmt.Println("after switch", v)
	}
	fmt.Println("end")
}

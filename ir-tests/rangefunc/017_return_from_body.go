package main

import (
	"fmt"
	"slices"
)

// return with values from the enclosing function, from inside a range-over-func body.
func find(words []string, prefix byte) (int, string, bool) {
	for i, w := range slices.All(words) {
		if len(w) > 0 && w[0] == prefix {
			return i, w, true
		}
	}
	return -1, "", false
}

func firstNeg(xs []int) (idx int, err error) {
	for i, x := range slices.All(xs) {
		if x < 0 {
			idx = i
			return idx, fmt.Errorf("negative %d", x)
		}
	}
	return -1, nil
}

func main() {
	fmt.Println(find([]string{"apple", "banana", "blueberry"}, 'b'))
	fmt.Println(find([]string{"apple"}, 'z'))
	fmt.Println(firstNeg([]int{1, 2, -3, -4}))
	fmt.Println(firstNeg(nil))
}

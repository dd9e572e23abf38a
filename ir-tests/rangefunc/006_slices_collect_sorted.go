package main

import (
	"fmt"
	"slices"
	"strings"
)

// slices.Collect, slices.Sorted, slices.SortedFunc, slices.AppendSeq, slices.Chunk.
func main() {
	words := strings.Fields("pear apple fig banana cherry")
	fmt.Println(slices.Collect(slices.Values(words)))
	fmt.Println(slices.Sorted(slices.Values(words)))
	byLen := slices.SortedFunc(slices.Values(words), func(a, b string) int {
		if len(a) != len(b) {
			return len(a) - len(b)
		}
		return strings.Compare(a, b)
	})
	fmt.Println(byLen)
	fmt.Println(slices.AppendSeq([]string{"start"}, slices.Values(words[:2])))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Word counting with strings.Lines and strings.FieldsSeq; deterministic sorted output.
func main() {
	text := "the cat sat\non the mat\nthe end\n"
	counts := map[string]int{}
	lineNo := 0
	for line := range strings.Lines(text) {
		lineNo++
		for w := range strings.FieldsSeq(line) {
			counts[w]++
		}
	}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println(lineNo, "lines")
}

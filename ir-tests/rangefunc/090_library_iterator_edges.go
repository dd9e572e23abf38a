package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Edge cases of the library iterators: early break, empty inputs, separators.
func main() {
	for i, v := range slices.Backward([]string{"a", "b", "c", "d"}) {
		if i == 1 {
			break
		}
		fmt.Println("backward", i, v)
	}
	fmt.Println(len(slices.Collect(slices.Values([]int{}))), slices.Collect(slices.Values([]int{})) == nil)
	fmt.Println(slices.AppendSeq([]int{1}, slices.Values([]int{2, 3})))
	fmt.Println(slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1, "c": 2})))
	m := maps.Collect(maps.All(map[int]string{1: "x", 2: "y"}))
	fmt.Println(len(m), m[1], m[2])
	for l := range strings.Lines("one\ntwo\n\nlast") {
		fmt.Printf("line %q\n", l)
	}
	for s := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("split %q\n", s)
	}
	for s := range strings.SplitSeq("héllo", "") {
		fmt.Printf("rune %q\n", s)
	}
	for f := range strings.FieldsSeq("  x\t y \u00a0z\n ") {
		fmt.Printf("field %q\n", f)
		if f == "y" {
			break
		}
	}
	n := 0
	for range strings.Lines("") {
		n++
	}
	fmt.Println("empty lines", n)
}

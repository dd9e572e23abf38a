package main

import (
	"fmt"
	"sort"
	"strings"
)

func wordFreq(text string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,!?")
		m[w]++
	}
	return m
}

func main() {
	freq := wordFreq("The cat sat on the mat. The mat was flat! Cat?")
	fmt.Println(freq)
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, freq[k])
	}
	v, ok := freq["dog"]
	fmt.Println(v, ok)
	v, ok = freq["cat"]
	fmt.Println(v, ok)
	delete(freq, "the")
	delete(freq, "nonexistent")
	fmt.Println(len(freq), freq)
	nested := map[string][]int{"a": {1, 2}, "b": nil}
	nested["a"] = append(nested["a"], 3)
	nested["c"] = append(nested["c"], 9)
	fmt.Println(nested)
	type key struct{ x, y int }
	grid := map[key]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[key{1, 2}], grid[key{5, 5}] == "", len(grid))
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	clear(freq)
	fmt.Println(freq, len(freq))
}

package main

import (
	"fmt"
	"maps"
	"slices"
)

// maps.Keys, maps.Values, maps.All, maps.Collect, maps.Insert, always sorted before printing.
func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	var lines []string
	for k, v := range maps.All(m) {
		lines = append(lines, fmt.Sprintf("%s=%d", k, v))
	}
	slices.Sort(lines)
	fmt.Println(lines)
	cp := maps.Collect(maps.All(m))
	maps.Insert(cp, maps.All(map[string]int{"ten": 10, "one": 100}))
	keys := slices.Sorted(maps.Keys(cp))
	fmt.Println(len(cp), keys)
	sum := 0
	for v := range maps.Values(m) {
		sum += v
	}
	fmt.Println("sum", sum)
}

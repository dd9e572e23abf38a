package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

type emp struct {
	name string
	age  int
}

// slices.SortedFunc with cmp.Compare over struct values coming from a map, plus sort.Ints
// on a collected sequence.
func main() {
	staff := map[string]int{"eve": 31, "bob": 25, "amy": 31, "dan": 40}
	var all []emp
	for n, a := range maps.All(staff) {
		all = append(all, emp{n, a})
	}
	sorted := slices.SortedFunc(slices.Values(all), func(x, y emp) int {
		return cmp.Or(cmp.Compare(y.age, x.age), cmp.Compare(x.name, y.name))
	})
	for i, e := range slices.All(sorted) {
		fmt.Println(i, e.name, e.age)
	}
	ages := slices.Collect(maps.Values(staff))
	sort.Ints(ages)
	fmt.Println(ages)
}

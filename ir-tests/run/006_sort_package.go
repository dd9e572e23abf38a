package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type entry struct {
	key   string
	score int
}

func main() {
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "kiwi", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
	sort.Sort(byLen(strs))
	fmt.Println(strs)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	es := []entry{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 2}, {"e", 1}}
	sort.SliceStable(es, func(i, j int) bool { return es[i].score > es[j].score })
	fmt.Println(es)
	sorted := []int{1, 3, 5, 7, 9, 11}
	idx := sort.SearchInts(sorted, 7)
	fmt.Println("index of 7:", idx)
	idx = sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 8 })
	fmt.Println("first >= 8:", idx)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
}

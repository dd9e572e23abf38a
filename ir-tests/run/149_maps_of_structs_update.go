package main

import (
	"fmt"
	"maps"
	"slices"
)

type Stats struct {
	Hits   int
	Misses int
	Paths  []string
}

func main() {
	byValue := map[string]Stats{}
	byPtr := map[string]*Stats{}
	requests := []struct {
		host, path string
		hit        bool
	}{{"a.com", "/", true}, {"b.org", "/x", false}, {"a.com", "/y", false}, {"a.com", "/", true}, {"c.net", "/", true}}
	for _, r := range requests {
		s := byValue[r.host]
		if r.hit {
			s.Hits++
		} else {
			s.Misses++
		}
		s.Paths = append(s.Paths, r.path)
		byValue[r.host] = s
		p, ok := byPtr[r.host]
		if !ok {
			p = &Stats{}
			byPtr[r.host] = p
		}
		if r.hit {
			p.Hits++
		} else {
			p.Misses++
		}
	}
	fmt.Println(byValue)
	for _, h := range slices.Sorted(maps.Keys(byPtr)) {
		fmt.Printf("%s %+v\n", h, *byPtr[h])
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	inverted := map[int][]rune{}
	for r, c := range counts {
		inverted[c] = append(inverted[c], r)
	}
	for _, v := range inverted {
		slices.Sort(v)
	}
	fmt.Println(inverted)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])
	del := maps.Clone(counts)
	maps.DeleteFunc(del, func(k rune, v int) bool { return v > 1 })
	fmt.Println(del, len(counts))
}

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Edge struct {
	To   string
	Cost int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, c int) {
	g[a] = append(g[a], Edge{b, c})
	g[b] = append(g[b], Edge{a, c})
}

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	const inf = int(^uint(0) >> 1)
	dist := map[string]int{}
	prev := map[string]string{}
	for n := range g {
		dist[n] = inf
	}
	dist[src] = 0
	done := map[string]bool{}
	for len(done) < len(g) {
		best, bestD := "", inf
		for _, n := range slices.Sorted(func(yield func(string) bool) {
			for k := range g {
				if !yield(k) {
					return
				}
			}
		}) {
			if !done[n] && dist[n] < bestD {
				best, bestD = n, dist[n]
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g[best] {
			if nd := bestD + e.Cost; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append(p, n)
	}
	slices.Reverse(p)
	return strings.Join(p, "->")
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	g["Z"] = nil
	dist, prev := g.Shortest("A")
	keys := make([]string, 0, len(dist))
	for k := range dist {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if dist[k] == int(^uint(0)>>1) {
			fmt.Printf("%s unreachable\n", k)
			continue
		}
		fmt.Printf("%s %3d %s\n", k, dist[k], path(prev, k))
	}
	fmt.Println(prev)
}

package main

import (
	"fmt"
	"strings"
)

type Graph struct {
	edges map[string][]string
}

func (g *Graph) AddEdge(a, b string) {
	g.edges[a] = append(g.edges[a], b)
}

func (g *Graph) String() string {
	var sb strings.Builder
	for _, k := range []string{"a", "b", "c"} {
		fmt.Fprintf(&sb, "%s->%v ", k, g.edges[k])
	}
	return sb.String()
}

func main() {
	g := &Graph{edges: map[string][]string{}}
	g.AddEdge("a", "b")
	g.AddEdge("a", "c")
	g.AddEdge("b", "c")
	fmt.Println(g)
	var g2 Graph
	fmt.Println(&g2)
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 runs, not recovering")
	}()
	g2.AddEdge("x", "y")
}

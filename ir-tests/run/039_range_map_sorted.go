package main

import (
	"fmt"
	"maps"
	"slices"
)

type Inventory map[string]int

func (inv Inventory) Total() int {
	t := 0
	for _, v := range inv {
		t += v
	}
	return t
}

func (inv Inventory) Report() {
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Printf("%-8s %4d\n", k, inv[k])
	}
}

func main() {
	inv := Inventory{"apples": 5, "pears": 12, "kiwis": 0, "plums": 7}
	inv.Report()
	fmt.Println("total", inv.Total())
	for k := range inv {
		if inv[k] == 0 {
			delete(inv, k)
		}
	}
	fmt.Println(inv, len(inv))
	squares := map[int]int{}
	for i := range 6 {
		squares[i] = i * i
	}
	sum := 0
	for k, v := range squares {
		sum += k + v
	}
	fmt.Println(squares, sum)
	vals := slices.Collect(maps.Values(squares))
	slices.Sort(vals)
	fmt.Println(vals)
	inv2 := maps.Clone(inv)
	inv2["figs"] = 3
	fmt.Println(len(inv), len(inv2), maps.Equal(inv, inv2))
	delete(inv2, "figs")
	fmt.Println(maps.Equal(inv, inv2))
}

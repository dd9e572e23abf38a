package main

import (
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Food Category = iota + 1
	Tools
	Toys
)

func (c Category) String() string {
	switch c {
	case Food:
		return "food"
	case Tools:
		return "tools"
	case Toys:
		return "toys"
	}
	return "cat?" + fmt.Sprint(int(c))
}

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Price float64
	Qty   int
}

func (it Item) Value() float64 { return it.Price * float64(it.Qty) }

func main() {
	items := []Item{
		{"F-01", "apple", Food, 0.35, 120},
		{"T-10", "hammer", Tools, 12.99, 4},
		{"Y-03", "yo-yo", Toys, 2.5, 0},
		{"F-07", "bread", Food, 2.25, 15},
		{"T-02", "wrench", Tools, 8.75, 9},
		{"Y-09", "kite", Toys, 15, 3},
		{"X-00", "mystery", 9, 1, 1},
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].Cat != items[j].Cat {
			return items[i].Cat < items[j].Cat
		}
		return items[i].Value() > items[j].Value()
	})
	fmt.Printf("%-5s %-8s %-6s %8s %4s %9s\n", "SKU", "NAME", "CAT", "PRICE", "QTY", "VALUE")
	fmt.Println(strings.Repeat("-", 45))
	totals := map[Category]float64{}
	var grand float64
	for _, it := range items {
		fmt.Printf("%-5s %-8s %-6v %8.2f %4d %9.2f\n", it.SKU, it.Name, it.Cat, it.Price, it.Qty, it.Value())
		totals[it.Cat] += it.Value()
		grand += it.Value()
	}
	fmt.Println(strings.Repeat("-", 45))
	fmt.Println(totals)
	fmt.Printf("grand total: %.2f\n", grand)
	var out []string
	for _, it := range items {
		if it.Qty == 0 {
			out = append(out, it.Name)
		}
	}
	fmt.Printf("out of stock: %q\n", out)
}

package main

import (
	"fmt"
	"iter"
)

type dir struct {
	name string
	kids []*dir
}

func (d *dir) Children() iter.Seq2[int, *dir] {
	return func(yield func(int, *dir) bool) {
		for i, k := range d.kids {
			if !yield(i, k) {
				return
			}
		}
	}
}

// A recursive function whose range-over-func body recurses and can return early.
func findPath(d *dir, target string, path string) (string, bool) {
	path += "/" + d.name
	if d.name == target {
		return path, true
	}
	for i, k := range d.Children() {
		if p, ok := findPath(k, target, path); ok {
			return fmt.Sprint(p, " (child ", i, ")"), true
		}
	}
	return "", false
}

func main() {
	root := &dir{"root", []*dir{
		{"a", []*dir{{"a1", nil}, {"a2", nil}}},
		{"b", []*dir{{"b1", []*dir{{"deep", nil}}}}},
	}}
	fmt.Println(findPath(root, "deep", ""))
	fmt.Println(findPath(root, "a2", ""))
	fmt.Println(findPath(root, "nope", ""))
}

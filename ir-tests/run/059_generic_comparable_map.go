package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }

func Intersect[T comparable](a, b *Set[T]) *Set[T] {
	out := NewSet[T]()
	for k := range a.m {
		if b.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func SortedItems[T cmp.Ordered](s *Set[T]) []T {
	items := make([]T, 0, s.Len())
	for k := range s.m {
		items = append(items, k)
	}
	slices.Sort(items)
	return items
}

func IndexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Coord struct{ R, C int }

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func main() {
	a := NewSet(1, 2, 3, 4, 5, 3, 1)
	b := NewSet(4, 5, 6, 7)
	fmt.Println(a.Len(), b.Len(), a.Has(3), b.Has(3))
	fmt.Println(SortedItems(Intersect(a, b)))
	a.Remove(1)
	fmt.Println(SortedItems(a))
	ws := NewSet("go", "rust", "zig", "go")
	fmt.Println(SortedItems(ws))
	cs := NewSet(Coord{1, 2}, Coord{1, 2}, Coord{0, 0})
	fmt.Println(cs.Len(), cs.Has(Coord{0, 0}), cs.Has(Coord{2, 1}))
	fmt.Println(IndexOf([]string{"x", "y"}, "y"), IndexOf([]Coord{{1, 1}}, Coord{1, 1}), IndexOf([]any{1, "a"}, any("a")))
	g := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry"}, func(s string) byte { return s[0] })
	fmt.Println(g)
	byLen := GroupBy([]int{1, 22, 333, 4, 55}, func(n int) int { return len(fmt.Sprint(n)) })
	fmt.Println(byLen)
}

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct{ m map[T]struct{} }

func NewSet[T cmp.Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, it := range items {
		s.m[it] = struct{}{}
	}
	return s
}

// All yields in sorted order so that output is deterministic.
func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, k := range slices.Sorted(maps.Keys(s.m)) {
			if !yield(k) {
				return
			}
		}
	}
}

func (s *Set[T]) Contains(v T) bool { _, ok := s.m[v]; return ok }

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if o.Contains(v) {
			r.m[v] = struct{}{}
		}
	}
	return r
}

func (s *Set[T]) String() string {
	var b strings.Builder
	b.WriteString("{")
	for v := range s.All() {
		if b.Len() > 1 {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, v)
	}
	b.WriteString("}")
	return b.String()
}

// A generic set type with a sorted iterator used by its own methods.
func main() {
	a := NewSet(5, 1, 9, 3)
	b := NewSet(3, 4, 5)
	fmt.Println(a, b, a.Intersect(b))
	fmt.Println(NewSet("go", "c", "rust").String())
}

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		i, _ := slices.BinarySearch(m.keys, k)
		m.keys = slices.Insert(m.keys, i, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	if _, ok := m.vals[k]; !ok {
		return false
	}
	delete(m.vals, k)
	i, _ := slices.BinarySearch(m.keys, k)
	m.keys = slices.Delete(m.keys, i, i+1)
	return true
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range m.keys {
		f(k, m.vals[k])
	}
}

func (m *OrderedMap[K, V]) String() string {
	var parts []string
	m.Each(func(k K, v V) { parts = append(parts, fmt.Sprintf("%v=%v", k, v)) })
	return "{" + strings.Join(parts, " ") + "}"
}

func (m *OrderedMap[K, V]) Range(lo, hi K) []K {
	i, _ := slices.BinarySearch(m.keys, lo)
	j, _ := slices.BinarySearch(m.keys, hi)
	return m.keys[i:j]
}

func main() {
	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("pear apple fig banana apple cherry date") {
		m.Set(w, i)
	}
	fmt.Println(m)
	fmt.Println(m.Get("apple"))
	fmt.Println(m.Get("kiwi"))
	fmt.Println(m.Delete("fig"), m.Delete("fig"), m)
	fmt.Println(m.Range("b", "d"))
	scores := NewOrderedMap[float64, []string]()
	scores.Set(9.5, []string{"ann"})
	scores.Set(7.25, []string{"bob", "cy"})
	scores.Set(-1, nil)
	fmt.Println(scores)
	sum := 0.0
	scores.Each(func(k float64, v []string) { sum += k * float64(len(v)) })
	fmt.Println(sum)
}

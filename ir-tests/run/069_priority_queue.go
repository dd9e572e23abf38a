package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

type Task struct {
	Pri  int
	Name string
}

func HeapSort[T cmp.Ordered](xs []T) []T {
	h := NewHeap(func(a, b T) bool { return a < b })
	for _, x := range xs {
		h.Push(x)
	}
	out := make([]T, 0, len(xs))
	for h.Len() > 0 {
		out = append(out, h.Pop())
	}
	return out
}

func main() {
	fmt.Println(HeapSort([]int{5, 1, 9, 3, 7, 2, 8, 2}))
	fmt.Println(HeapSort([]string{"d", "a", "c", "b"}))
	tasks := NewHeap(func(a, b Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Name < b.Name
	})
	for _, t := range []Task{{2, "write"}, {5, "fix bug"}, {1, "lunch"}, {5, "deploy"}, {3, "review"}} {
		tasks.Push(t)
	}
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("%d %s\n", t.Pri, t.Name)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	tasks.Pop()
}

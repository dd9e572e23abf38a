package main

import (
	"fmt"
	"iter"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *List[T]) Enumerate() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range l.All() {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// A generic linked list type with iterator methods.
func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range l.Enumerate() {
		fmt.Print(i, "=", v, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()
	var li List[int]
	li.Push(7)
	for v := range li.All() {
		fmt.Println(v * 6)
	}
}

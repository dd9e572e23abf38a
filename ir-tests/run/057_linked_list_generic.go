package main

import (
	"fmt"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.head == nil {
		l.head = n
	} else {
		cur := l.head
		for cur.next != nil {
			cur = cur.next
		}
		cur.next = n
	}
	l.size++
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	for cur != nil {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List[T]) String() string {
	parts := []string{}
	for n := l.head; n != nil; n = n.next {
		parts = append(parts, fmt.Sprint(n.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for n := l.head; n != nil; n = n.next {
		out.PushBack(f(n.val))
	}
	return out
}

func main() {
	l := &List[int]{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	sq := Map(l, func(x int) string { return strings.Repeat("*", x) })
	fmt.Println(sq)
	fmt.Printf("%v %d\n", sq, sq.size)
	var empty List[float64]
	empty.Reverse()
	fmt.Println(&empty)
}

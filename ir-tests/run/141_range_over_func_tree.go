package main

import (
	"fmt"
	"iter"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		t.push(yield)
	}
}

func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func Pairs[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := 0; i+1 < len(xs); i++ {
			if !yield(xs[i], xs[i+1]) {
				return
			}
		}
	}
}

func find(t *Tree, pred func(int) bool) (int, bool) {
	for v := range t.All() {
		if pred(v) {
			return v, true
		}
	}
	return 0, false
}

func main() {
	var root *Tree
	for _, v := range []int{50, 20, 80, 10, 30, 70, 90, 25} {
		root = root.Insert(v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(find(root, func(v int) bool { return v > 60 }))
	fmt.Println(find(root, func(v int) bool { return v > 100 }))
	for a, b := range Pairs([]string{"a", "b", "c", "d"}) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	count := 0
outer:
	for v := range root.All() {
		for w := range root.All() {
			if w >= v {
				continue outer
			}
			count++
			if count > 20 {
				break outer
			}
		}
	}
	fmt.Println("pairs counted:", count)
	defer fmt.Println("deferred in main")
	for v := range root.All() {
		defer fmt.Println("deferred in loop body", v)
		if v >= 25 {
			break
		}
	}
}

package main

import (
	"cmp"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

type Tree[T cmp.Ordered] struct {
	root *treeNode[T]
	n    int
}

type treeNode[T cmp.Ordered] struct {
	v           T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(v, (*p).v); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &treeNode[T]{v: v}
	t.n++
	return true
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T cmp.Ordered](n *treeNode[T], f func(T)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.v)
	walk(n.right, f)
}

func height[T cmp.Ordered](n *treeNode[T]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func Zip[A comparable, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func main() {
	var t Tree[int]
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		fmt.Print(t.Insert(v), " ")
	}
	fmt.Println()
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println("| n =", t.n, "height =", height(t.root))
	var st Tree[string]
	for _, w := range []string{"m", "c", "x", "a", "e"} {
		st.Insert(w)
	}
	var out []string
	st.Walk(func(s string) { out = append(out, s) })
	fmt.Println(out)
	ps := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(ps, len(ps))
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[0])
	p := Pair[int, []string]{1, []string{"x"}}
	fmt.Println(p)
}

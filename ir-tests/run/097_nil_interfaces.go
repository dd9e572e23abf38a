package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Depth(), t.Right.Depth())
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := mayFailCorrect(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var me *MyErr
	fmt.Println(errors.As(e1, &me), me == nil)
	var t *Tree
	fmt.Println(t.Sum(), t.Depth())
	t = &Tree{Val: 1, Left: &Tree{Val: 2, Left: &Tree{Val: 4}}, Right: &Tree{Val: 3}}
	fmt.Println(t.Sum(), t.Depth())
	var a, b any
	fmt.Println(a == b, a == nil)
	a = (*int)(nil)
	fmt.Println(a == nil, a == b, a == (*int)(nil))
	var s fmt.Stringer
	fmt.Println(s == nil)
	var ifaces = []any{nil, (*Tree)(nil), error(nil), []int(nil), map[int]int(nil)}
	for i, v := range ifaces {
		fmt.Println(i, v == nil)
	}
}

package main

import (
	"fmt"
	"strings"
)

type Shower interface {
	Show() string
}

type IntShower interface {
	~int
	Show() string
}

type Money int

func (m Money) Show() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

type Label string

func (l Label) Show() string { return "<" + string(l) + ">" }

func ShowAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, " ")
}

func Total[T IntShower](xs ...T) (T, string) {
	var t T
	for _, x := range xs {
		t += x
	}
	return t, t.Show()
}

type Numeric interface {
	~int | ~int64 | ~float64
}

type Vec[T Numeric] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Container[T any] interface {
	Put(T)
	All() []T
}

type Bag[T any] struct{ items []T }

func (b *Bag[T]) Put(x T)  { b.items = append(b.items, x) }
func (b *Bag[T]) All() []T { return b.items }

func Fill[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func main() {
	fmt.Println(ShowAll([]Money{199, 5, 10000}))
	fmt.Println(ShowAll([]Label{"a", "b"}))
	fmt.Println(ShowAll([]Shower{Money(1), Label("mixed")}))
	t, s := Total[Money](250, 199, 1)
	fmt.Println(t, s)
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(Vec[int]{4, 5, 6}), v.Scale(3))
	fv := Vec[float64]{0.5, 1.5}
	fmt.Println(fv.Dot(fv), fv.Scale(2))
	c := Fill[string](&Bag[string]{}, "x", "y", "z")
	fmt.Println(c.All(), len(c.All()))
	fmt.Printf("%T %T\n", c, v)
}

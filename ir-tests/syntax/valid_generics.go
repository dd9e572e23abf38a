package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }

type PtrSet[P *int,] []P

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum[float64](1.5, 2), Sum(MyInt(4), MyInt(5)))
	p := Pair[string, int]{"a", 1}
	fmt.Println(p.String())
	var l List[string]
	l.Push("x")
	l.Push("y")
	fmt.Println(l.items)
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) }))
	f := Map[[]int, int, int]
	fmt.Println(f([]int{3}, func(i int) int { return -i }))
	fmt.Println(Zero[int](), Zero[string]() == "", len(PtrSet[*int]{nil}))
}

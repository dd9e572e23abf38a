package main

import (
	"fmt"
	"strings"
)

type Num interface {
	~int | ~int32 | ~int64 | ~float64
}

type Matrix[T Num] struct {
	r, c int
	d    []T
}

func New[T Num](r, c int, vals ...T) *Matrix[T] {
	m := &Matrix[T]{r, c, make([]T, r*c)}
	copy(m.d, vals)
	return m
}

func (m *Matrix[T]) At(i, j int) T     { return m.d[i*m.c+j] }
func (m *Matrix[T]) Set(i, j int, v T) { m.d[i*m.c+j] = v }

func (m *Matrix[T]) Mul(o *Matrix[T]) (*Matrix[T], error) {
	if m.c != o.r {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	out := New[T](m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var s T
			for k := 0; k < m.c; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out, nil
}

func (m *Matrix[T]) T() *Matrix[T] {
	out := New[T](m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			out.Set(j, i, m.At(i, j))
		}
	}
	return out
}

func (m *Matrix[T]) String() string {
	var b strings.Builder
	for i := 0; i < m.r; i++ {
		b.WriteString("[")
		for j := 0; j < m.c; j++ {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%v", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func Trace[T Num](m *Matrix[T]) (t T) {
	for i := 0; i < min(m.r, m.c); i++ {
		t += m.At(i, i)
	}
	return
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := a.T()
	fmt.Print(a, b)
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println(err)
	f := New(2, 2, 0.5, 1.5, -2.0, 0.25)
	ff, _ := f.Mul(f)
	fmt.Print(ff)
	fmt.Println(Trace(p), Trace(ff), Trace(New[int32](3, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1)))
	fmt.Printf("%T %T\n", a, ff)
}

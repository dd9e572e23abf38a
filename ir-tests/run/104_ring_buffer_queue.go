package main

import (
	"errors"
	"fmt"
)

var ErrFull = errors.New("ring buffer full")
var ErrEmpty = errors.New("ring buffer empty")

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Push(v T) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Pop() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring[T]) Items() []T {
	out := make([]T, r.size)
	for i := range r.size {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

type Customer struct {
	ID      int
	Arrival int
	Service int
}

func simulate(customers []Customer, capacity int) {
	q := NewRing[Customer](capacity)
	clock, idx, served, rejected, totalWait := 0, 0, 0, 0, 0
	busyUntil := 0
	for idx < len(customers) || q.size > 0 {
		for idx < len(customers) && customers[idx].Arrival <= clock {
			if err := q.Push(customers[idx]); err != nil {
				fmt.Printf("t=%2d reject #%d: %v\n", clock, customers[idx].ID, err)
				rejected++
			}
			idx++
		}
		if clock >= busyUntil {
			if c, err := q.Pop(); err == nil {
				wait := clock - c.Arrival
				totalWait += wait
				busyUntil = clock + c.Service
				served++
				fmt.Printf("t=%2d serve #%d waited %d queue=%v\n", clock, c.ID, wait, len(q.Items()))
			}
		}
		clock++
	}
	fmt.Printf("served=%d rejected=%d avgwait=%.2f\n", served, rejected, float64(totalWait)/float64(served))
}

func main() {
	r := NewRing[string](3)
	for _, s := range []string{"a", "b", "c", "d"} {
		fmt.Println("push", s, r.Push(s))
	}
	v, err := r.Pop()
	fmt.Println(v, err, r.Items())
	r.Push("e")
	fmt.Println(r.Items(), r.buf)
	for range 4 {
		v, err := r.Pop()
		fmt.Printf("%q %v\n", v, err)
	}
	cs := []Customer{{1, 0, 3}, {2, 1, 2}, {3, 1, 4}, {4, 2, 1}, {5, 2, 1}, {6, 8, 2}, {7, 9, 1}}
	simulate(cs, 2)
}

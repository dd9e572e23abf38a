package main

import (
	"errors"
	"fmt"
	"iter"
)

var errSource = errors.New("source failed")

func flaky(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == n {
				panic(errSource)
			}
			if !yield(i) {
				return
			}
		}
	}
}

// The iterator itself panics (not the body); body defers and the caller's recover run.
func consume(n, stop int) (got []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, _ := r.(error)
			err = fmt.Errorf("consume: %w", e)
		}
	}()
	for v := range flaky(n) {
		defer func() { got = append(got, -v) }()
		if v == stop {
			break
		}
		got = append(got, v)
	}
	return got, nil
}

func main() {
	got, err := consume(3, 10)
	fmt.Println(got, err, errors.Is(err, errSource))
	got, err = consume(3, 1)
	fmt.Println(got, err)
}

package main

import "fmt"

func swallow(yield func(int) bool) {
	defer func() { recover() }()
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

// The p4 panic reaches the enclosing function's own deferred recover; body defers run first.
func run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caller recovered: ", r)
		}
	}()
	for v := range swallow {
		defer fmt.Println("body defer", v)
		if v == 1 {
			panic("body panic")
		}
	}
	return "normal"
}

func main() {
	fmt.Println(run())
}

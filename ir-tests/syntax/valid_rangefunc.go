package main

import "fmt"

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(m []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range m {
			if !yield(i, s) {
				return
			}
		}
	}
}

func main() {
	for x := range Count(5) {
		if x == 3 {
			break
		}
		fmt.Println("x", x)
	}
	for i, s := range Pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	for range Count(2) {
		fmt.Println("tick")
	}
}

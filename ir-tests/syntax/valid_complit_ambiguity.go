package main

import "fmt"

type T struct{ a, b int }

func main() {
	x := T{1, 2}
	if x == (T{1, 2}) {
		fmt.Println("equal")
	}
	for _, v := range []int{3, 4} {
		fmt.Println(v)
	}
	for i := range [2]T{} {
		fmt.Println("i", i)
	}
	switch (T{a: 1}) {
	case T{1, 0}:
		fmt.Println("case T{1, 0}")
	}
	if m := map[string]int{"k": 5}; m["k"] == 5 {
		fmt.Println("map in init")
	}
	if struct{ n int }{3}.n == 3 {
		fmt.Println("anonymous struct in condition")
	}
	f := func(t T) int { return t.a + t.b }
	if f(T{2, 3}) == 5 {
		fmt.Println("call with literal")
	}
	for y := (T{0, 0}); y.a < 2; y.a++ {
		fmt.Println("y", y.a)
	}
}

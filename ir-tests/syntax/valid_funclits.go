package main

import "fmt"

func apply(f func(int) int, xs ...int) []int {
	out := []int{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	fmt.Println(apply(adder(1), 1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(apply(func(x int) int { return x * x }, xs...))
	fmt.Println(func(a, b int) int { return a - b }(10, 3))
	fmt.Println(compose(adder(1), adder(2), func(x int) int { return x * 2 })(0))
	var g func() func() string = func() func() string {
		return func() string { return "nested" }
	}
	fmt.Println(g()())
	defer func() {
		fmt.Println("deferred", recover())
	}()
	var fs [2]func() int
	for i := range fs {
		fs[i] = func() int { return i }
	}
	fmt.Println(fs[0](), fs[1]())
	panic("boom")
}

package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) (func(int), func() int) {
	total := base
	add := func(x int) { total += x }
	get := func() int { return total }
	return add, get
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1(), c2())
	add, get := adder(100)
	for i := 1; i <= 5; i++ {
		add(i)
	}
	fmt.Println("total:", get())
	factor := 3
	triple := func(x int) int { return x * factor }
	fmt.Println(apply([]int{1, 2, 3}, triple))
	factor = 10
	fmt.Println(apply([]int{1, 2, 3}, triple))
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for range 12 {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
}

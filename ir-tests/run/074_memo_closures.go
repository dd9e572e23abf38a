package main

import "fmt"

func memoize(f func(func(int) int, int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	var g func(int) int
	g = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(g, n)
		cache[n] = v
		return v
	}
	return g, &calls
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func curry(f func(int, int) int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return f(a, b) }
	}
}

func main() {
	fib, calls := memoize(func(self func(int) int, n int) int {
		if n < 2 {
			return n
		}
		return self(n-1) + self(n-2)
	})
	fmt.Println(fib(50), *calls)
	fmt.Println(fib(60), *calls)
	ways, wc := memoize(func(self func(int) int, n int) int {
		if n < 0 {
			return 0
		}
		if n == 0 {
			return 1
		}
		return self(n-1) + self(n-2) + self(n-3)
	})
	fmt.Println(ways(10), ways(30), *wc)
	inc := func(x int) int { return x + 1 }
	toStr := func(x int) string { return fmt.Sprintf("<%d>", x) }
	h := compose(compose(inc, inc), toStr)
	fmt.Println(h(5))
	add := curry(func(a, b int) int { return a + b })
	add10 := add(10)
	fmt.Println(add10(5), add(1)(2))
	var ops []func(int) int
	for _, k := range []int{2, 3, 4} {
		ops = append(ops, func(x int) int { return x * k })
	}
	x := 1
	for _, op := range ops {
		x = op(x)
	}
	fmt.Println(x)
	acc := 0
	accumulate := func(vals ...int) {
		for _, v := range vals {
			acc += v
		}
	}
	accumulate(1, 2, 3)
	accumulate()
	accumulate([]int{10, 20}...)
	fmt.Println(acc)
}

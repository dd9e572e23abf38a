package main

import "fmt"

func trace(name string, v int) int {
	fmt.Println("init", name)
	return v
}

var total = trace("total", sum(values))

var values = []int{first, second, trace("values", 3)}

var first = trace("first", second*2)

var second = trace("second", base())

var x, y = pair()

var unset int

var parity = trace("parity", boolInt(even(total)))

var _ = trace("_", 0)

func pair() (int, int) {
	fmt.Println("init x, y")
	return first, 0
}

func base() int { return 7 }

func sum(xs []int) int { return len(xs) + unset }

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func main() {
	fmt.Println(total, values, x, y, parity)
}

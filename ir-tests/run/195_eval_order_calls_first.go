package main

// gc evaluates the calls of a statement (and the other operands its order phase copies)
// first, in source order, and the remaining operands (variable, field and element loads,
// arithmetic, map reads) afterwards.

import "fmt"

type T struct{ n int }

func (t *T) inc() int { t.n++; return t.n }

func g(a, b int) { fmt.Println("g", a, b) }

func main() {
	x := 1
	f := func() int { x = 10; return 1 }
	fmt.Println(x+f(), x)
	x = 1
	g(x, f())
	x = 1
	s := []int{x, f()}
	fmt.Println(s)
	x = 1
	a, b := x, f()
	fmt.Println(a, b)
	m := map[string]int{"a": 1}
	h := func() int { m["a"] = 5; return 0 }
	fmt.Println(m["a"], h())
	m["a"] = 1
	g(m["a"], h())
	t := &T{}
	fmt.Println(t.n, t.inc(), t.n)
	arr := [3]int{1, 2, 3}
	k := func() int { arr[0] = 9; return 0 }
	fmt.Println(arr[0], k())
	arr[0] = 1
	g(arr[0], k())
	p := &x
	x = 1
	fmt.Println(*p, f())
	x = 1
	y := x*2 + f()
	fmt.Println(y)
	x = 1
	ok := x == 1 && f() == 1
	fmt.Println(ok, x)
	x = 1
	str := fmt.Sprint(x) + fmt.Sprint(f())
	fmt.Println(str)
	var st struct{ a, b int }
	x = 1
	st = struct{ a, b int }{x, f()}
	fmt.Println(st)
	x = 1
	fmt.Println(ret2())
}

var gx = 1

func setg() int { gx = 7; return 0 }

func ret2() (int, int) {
	gx = 1
	return gx, setg()
}

package main

// Evaluation order in each kind of statement: op-assignment, defer arguments, method
// receivers, switch tags, conditions, loop conditions, multiple assignment, map literals
// (one statement per entry), nested calls, return.

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) next() int { c.n++; return c.n }
func (c counter) get() int   { return c.n }

func pair(a, b int) (int, int) { return a, b }

func main() {
	x := 1
	bump := func() int { x += 10; return x }
	x += bump()
	fmt.Println("op-assign", x)

	x = 1
	defer fmt.Println("deferred", x, bump())

	c := &counter{}
	fmt.Println("receiver", c.get(), c.next(), c.n)

	x = 1
	switch x + bump() {
	case 22:
		fmt.Println("switch 22")
	case 12:
		fmt.Println("switch 12")
	}

	x = 1
	if x == 1 && bump() == 11 {
		fmt.Println("cond", x)
	}

	x = 1
	for i := 0; i < x+bump() && i < 1; i++ {
		fmt.Println("for cond", x)
	}

	x = 1
	a, b := pair(x, bump())
	fmt.Println("multi", a, b)

	x = 1
	m := map[string]int{"k": x, "j": bump()}
	fmt.Println("map lit", m["k"], m["j"])

	x = 1
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(x))
	sb.WriteString(fmt.Sprint(bump(), x))
	fmt.Println("builder", sb.String())

	x = 1
	arr := [3]int{x, bump(), x}
	fmt.Println("array", arr)

	x = 1
	fmt.Println("len", len(fmt.Sprint(x)), bump(), x)

	done := false
	finish := func() int { done = true; return 0 }
	fmt.Println("bool", done, finish())

	var r rune = 'a'
	setr := func() int { r = 'b'; return 0 }
	fmt.Println("rune", r, setr())

	var by byte = 'a'
	setb := func() int { by = 'b'; return 0 }
	fmt.Println("byte", by, setb())

	type big struct{ a, b, c, d, e int }
	bg := big{1, 2, 3, 4, 5}
	setbig := func() int { bg.a = 9; return 0 }
	fmt.Println("big", bg, setbig())

	ps := &counter{n: 1}
	setp := func() int { ps.n = 5; return 0 }
	fmt.Println("through pointer", *ps, setp())
	fmt.Println(ret())
}

var g = 1

func ret() (int, string) {
	g = 1
	return g, fmt.Sprint(func() int { g = 3; return g }())
}

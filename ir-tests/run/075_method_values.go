package main

import (
	"fmt"
	"strings"
)

type Greeter struct {
	greeting string
	count    int
}

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }
func (g *Greeter) Count() int              { g.count++; return g.count }

type Op func(float64, float64) float64

func (o Op) Apply(a, b float64) float64 { return o(a, b) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Append(v int) { *l = append(*l, v) }

func main() {
	g := Greeter{greeting: "Hi"}
	greet := g.Greet
	g.greeting = "Bye"
	fmt.Println(greet("Ann"), g.Greet("Ann"))
	cnt := g.Count
	cnt()
	cnt()
	fmt.Println(g.count, cnt())
	fexpr := Greeter.Greet
	pexpr := (*Greeter).Count
	fmt.Println(fexpr(g, "Bo"), pexpr(&g))
	pg := &g
	pgreet := pg.Greet
	pg.greeting = "Yo"
	fmt.Println(pgreet("Cy"))
	ops := map[string]Op{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(ops["add"].Apply(2, 3), ops["mul"](2, 3))
	var l IntList
	app := l.Append
	for i := 1; i <= 4; i++ {
		app(i * 10)
	}
	fmt.Println(l, l.Sum(), IntList.Sum(l[1:]))
	up := strings.ToUpper
	fs := []func(string) string{up, strings.ToLower, strings.TrimSpace, g.Greet}
	for _, f := range fs {
		fmt.Printf("%q\n", f("  MiXed  "))
	}
}

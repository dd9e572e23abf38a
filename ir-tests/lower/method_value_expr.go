package main

type T struct{ v int }

func (t T) Add(x int) int { return t.v + x }

func main() {
	t := T{3}
	f := t.Add
	g := T.Add
	println(f(1), g(t, 2))
}

package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string { return "rect" }

func describe(s Shape) int { return s.Area() }

func main() {
	println(describe(Rect{2, 3}))
}

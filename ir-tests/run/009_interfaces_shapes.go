package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

func describe(s Shape) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%T area=%.2f perim=%.2f", s, s.Area(), s.Perimeter())
	return b.String()
}

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{2}, Square{Rect{5, 5}}, &Rect{1, 2}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println("total:", total(shapes...))
	fmt.Println(total())
	var s Shape
	fmt.Println(s == nil)
	s = &Circle{1.5}
	fmt.Println(s)
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	_, ok := s.(Rect)
	fmt.Println("is rect:", ok)
}

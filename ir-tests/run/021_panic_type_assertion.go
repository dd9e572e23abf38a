package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Tri struct{ b, h int }

func (t Tri) Area() int { return t.b * t.h / 2 }

func main() {
	shapes := []Shape{Sq{3}, Tri{4, 5}, Sq{2}}
	for _, s := range shapes {
		if q, ok := s.(Sq); ok {
			fmt.Println("square side", q.s, "area", q.Area())
		} else {
			fmt.Println("not a square:", s)
		}
	}
	var x any = 12
	n := x.(int)
	fmt.Println("n =", n)
	q := shapes[1].(Sq)
	fmt.Println(q)
}

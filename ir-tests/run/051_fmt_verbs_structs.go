package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
	Tags     []string
	Meta     map[string]int
	Next     *Line
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Pair struct {
	K string
	V Temp
	E error
	I any
}

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	fmt.Printf("%d|%x|%5d|%s\n", p, p, p, p)
	l := Line{From: p, To: Point{3, 4}, Label: "diag", Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	l2 := &Line{Label: "second", Next: &l}
	fmt.Printf("%v %v\n%+v\n", l2.Label, l2.Next.Label, l2.Next.To)
	pr := Pair{"k", 21.55, errors.New("oops"), 3}
	fmt.Printf("%v\n%+v\n", pr, pr)
	var empty Pair
	fmt.Printf("%v|%+v\n", empty, empty)
	fmt.Printf("%#v\n", empty)
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), Temp(5))
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	nested := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", nested, nested, nested)
	ptrs := []*Point{{5, 6}}
	fmt.Printf("%+v %v\n", *ptrs[0], len(ptrs))
	arr := [2]Pair{}
	fmt.Printf("%v\n", arr)
	fmt.Printf("%10v|%-10v|\n", p, p)
	fmt.Printf("%q\n", struct{ S string }{"quoted"})
}

package main

import (
	"fmt"
	"strings"
)

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Named interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

type Thing struct {
	Base
	*strings.Builder
	Named
	a, b  int    `json:"a"`
	label string "plain tag"
	inner struct {
		x, y float64
	}
}

func main() {
	t := Thing{Base: Base{7}, Builder: &strings.Builder{}, Named: dog{}}
	t.inner.x = 1.5
	t.WriteString("built")
	fmt.Println(t.Describe(), t.ID, t.String(), t.Name(), t.inner.x)
	anon := struct {
		A int
		B []string
	}{1, []string{"x"}}
	fmt.Println(anon.A, anon.B)
	var e struct{}
	fmt.Println(e == struct{}{})
}

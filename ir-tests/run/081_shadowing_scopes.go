package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 5, nil }

func fail() (int, error) { return 0, errors.New("fail") }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println("block", x)
	}
	fmt.Println(x)
	if x := 10; x > 5 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else if", y)
	} else {
		fmt.Println("else", x, y)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("loop", x)
	}
	switch x := 7; {
	case x > 5:
		x := "shadowed in case"
		fmt.Println(x)
	}
	n, err := get()
	if err == nil {
		n, err := fail()
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer", n, err)
	var len = func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	type int string
	var s int = "typed"
	fmt.Println(s)
	fmt.Printf("%T\n", s)
	nil_ := 0
	fmt.Println(nil_)
	a, b := 1, 2
	a, b = b, a
	b, c := a+b, a*b
	fmt.Println(a, b, c)
}

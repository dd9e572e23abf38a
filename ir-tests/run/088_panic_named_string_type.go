package main

import "fmt"

type Code string

type Level int

func check(c Code) {
	if len(c) > 3 {
		panic(c)
	}
	fmt.Println("code ok:", c)
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		panic(Level(3))
	}()
	check("abc")
	check("abcd")
}

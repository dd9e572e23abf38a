package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(r)
	}()
	panic("first")
}

func main() {
	defer fmt.Println("main deferred")
	inner()
}

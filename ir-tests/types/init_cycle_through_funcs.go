package main

import "fmt"

var x = f()

func f() int {
	return g() + 1
}

func g() int {
	return x
}

func main() { fmt.Println(x) }

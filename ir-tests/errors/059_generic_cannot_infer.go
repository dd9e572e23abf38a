package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	z := Zero()
	fmt.Println(z)
}

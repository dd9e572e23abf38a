package main

import "fmt"

func main() {
	a, b := "abc", "b"
	fmt.Println(a - b)
}

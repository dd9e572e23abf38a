package main

import "fmt"

func main() {
	var s string
	n := 42
	s = n
	fmt.Println(s)
}

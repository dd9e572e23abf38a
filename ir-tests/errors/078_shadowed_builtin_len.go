package main

import "fmt"

func main() {
	len := 3
	s := "abc"
	fmt.Println(s, len(s))
}

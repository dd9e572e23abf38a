package main

import "fmt"

func main() {
	count := 10
	name := "x"
	fmt.Println(name)
}

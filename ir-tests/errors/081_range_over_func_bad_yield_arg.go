package main

import "fmt"

func gen(yield int) {}

func main() {
	for v := range gen {
		fmt.Println(v)
	}
}

package main

import "fmt"

func main() {
	x := 5
	x + 1
	fmt.Println(x)
}

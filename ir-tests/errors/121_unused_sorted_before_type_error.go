package main

import "fmt"

func main() {
	unused := 1
	var s string = 2
	fmt.Println(s)
}

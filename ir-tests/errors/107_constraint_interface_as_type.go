package main

import "fmt"

type Number interface {
	~int | ~float64
}

func main() {
	var n Number = 3
	fmt.Println(n)
}

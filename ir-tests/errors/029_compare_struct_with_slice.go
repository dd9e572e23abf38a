package main

import "fmt"

type Bag struct {
	Items []string
}

func main() {
	x, y := Bag{}, Bag{}
	fmt.Println(x == y)
}

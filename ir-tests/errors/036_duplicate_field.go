package main

import "fmt"

type Point struct {
	X int
	Y int
	X float64
}

func main() {
	fmt.Println(Point{})
}

package main

import "fmt"

func add(a, b int, c float64) float64 {
	return float64(a+b) + c
}

func main() {
	fmt.Println(add(1, 2))
}

package main

import "fmt"

func reset(xs []int) {
	for i := range xs {
		xs[i] = 0
	}
}

func main() {
	xs := []int{1, 2}
	y := reset(xs)
	fmt.Println(y)
}

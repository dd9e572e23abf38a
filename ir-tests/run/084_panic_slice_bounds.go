package main

import "fmt"

func window(xs []int, start, size int) []int {
	return xs[start : start+size]
}

func main() {
	data := make([]int, 3, 5)
	for i := range data {
		data[i] = i + 1
	}
	fmt.Println(window(data, 0, 2))
	fmt.Println(window(data, 1, 4))
	fmt.Println(window(data, 2, 4))
}

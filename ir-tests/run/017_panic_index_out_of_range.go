package main

import "fmt"

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	total := 0
	for i := 0; i <= 5; i++ {
		total += get(xs, i)
		fmt.Println("i", i, "total", total)
	}
}

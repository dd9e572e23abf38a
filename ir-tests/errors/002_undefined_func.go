package main

import "fmt"

func main() {
	xs := []int{3, 1, 2}
	sortInts(xs)
	fmt.Println(xs)
}

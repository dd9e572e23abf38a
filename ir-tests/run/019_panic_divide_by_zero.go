package main

import "fmt"

func avg(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3, 4}))
	fmt.Println(avg([]int{7}))
	defer func() {
		fmt.Println("deferred 1")
	}()
	defer fmt.Println("deferred 2")
	fmt.Println(avg(nil))
}

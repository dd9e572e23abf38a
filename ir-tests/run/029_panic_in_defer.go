package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer deferred runs")
	}()
	defer func() {
		panic("second")
	}()
	fmt.Println("about to panic")
	panic("first")
}

package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("while handling %v", r))
	}()
	fmt.Println("start")
	panic(1)
}

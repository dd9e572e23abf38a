package main

import "fmt"

func helper() {
target:
	fmt.Println("helper")
	goto target
}

func main() {
	goto target
}

package main

import "fmt"

func main() {
	n := 4
	var arr [n]int
	fmt.Println(arr, n)
}

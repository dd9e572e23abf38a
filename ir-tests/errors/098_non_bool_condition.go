package main

import "fmt"

func main() {
	n := 1
	for n {
		fmt.Println(n)
	}
}

package main

import "fmt"

func main() {
L:
	if true {
		for i := 0; i < 2; i++ {
			fmt.Println(i)
			break L
		}
	}
}

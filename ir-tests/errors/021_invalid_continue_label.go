package main

import "fmt"

func main() {
L:
	switch {
	default:
		for i := 0; i < 2; i++ {
			fmt.Println(i)
			continue L
		}
	}
}

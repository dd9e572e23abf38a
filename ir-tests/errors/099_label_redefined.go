package main

import "fmt"

func main() {
L:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
		continue L
	}
L:
	for {
		break L
	}
}

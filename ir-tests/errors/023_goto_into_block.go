package main

import "fmt"

func main() {
	n := 2
	goto inside
	if n > 1 {
	inside:
		fmt.Println("inside")
	}
}

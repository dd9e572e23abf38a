package main

import "fmt"

func main() {
	if 1 > 2 {
		fmt.Println("no")
	}
	else {
		fmt.Println("yes")
	}
}

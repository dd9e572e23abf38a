package main

import "fmt"

func main() {
	true := 0
	if true {
		fmt.Println("yes")
	}
}

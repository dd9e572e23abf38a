package main

import "fmt"

func main() {
	n := 5
	if s, ok := n.(string); ok {
		fmt.Println(s)
	}
}

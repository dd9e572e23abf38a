package main

import "fmt"

func label(n int) string {
	if n > 0 {
		return n
	}
	return "neg"
}

func main() {
	fmt.Println(label(1))
}

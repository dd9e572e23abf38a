package main

import "fmt"

func main() {
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
	}
	fmt.Println(abs(-3))
}

package main

import "fmt"

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func main() {
	for k, v := range pairs {
		fmt.Println(k, v)
	}
}

package main

import "fmt"

func seq(yield func(string) bool) bool {
	return yield("x")
}

func main() {
	for s := range seq {
		fmt.Println(s)
	}
}

package main

import "fmt"

func seq(yield func(int)) {
	yield(1)
}

func main() {
	for v := range seq {
		fmt.Println(v)
	}
}

package main

import "fmt"

func main() {
	var i int
	for i = 0; i < 3; i++ {
		defer func() { fmt.Println(i) }()
	}
	var k, v int
	for k, v = range []int{4, 5} {
		defer func() { fmt.Println(k, v) }()
	}
	fmt.Println(i, k, v)
}

package main

import "fmt"

var global = func() int {
	total := 0
	for i := 0; i < 3; i++ {
		defer func() { total += i }()
	}
	return total
}

func main() {
	run := func(xs []int) {
		for _, x := range xs {
			defer func() { fmt.Println(x) }()
		}
	}
	run([]int{1, 2})
	fmt.Println(global())
}

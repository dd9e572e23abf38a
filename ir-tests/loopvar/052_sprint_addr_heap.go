package main

import "fmt"

var sinkAny any

// &i passed to fmt.Sprint and stored in a global `any`: heap. *(&i): stack.
func main() {
	n := 0
	for i := 0; i < 3; i++ {
		n += len(fmt.Sprint(&i)) * 0
	}
	for j := 0; j < 3; j++ {
		sinkAny = &j
	}
	for k := 0; k < 3; k++ {
		fmt.Print(*(&k), " ")
	}
	fmt.Println(n, *sinkAny.(*int))
}

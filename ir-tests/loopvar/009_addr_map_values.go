package main

import "fmt"

// &i stored as map values keyed by the iteration value.
func main() {
	m := map[int]*int{}
	for i := 0; i < 4; i++ {
		m[i] = &i
	}
	for i := 0; i < 4; i++ {
		fmt.Printf("m[%d] -> %d\n", i, *m[i])
	}
}

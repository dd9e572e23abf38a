package main

import "fmt"

// Keep a pointer to the first iteration's variable, then keep modifying.
func main() {
	var p *int
	for i := 0; i < 3; i++ {
		if p == nil {
			p = &i
		}
		i += 1
	}
	fmt.Println("first-iter var after loop:", *p)
}

package main

import "fmt"

var condF []func() int

func check(f func() int, limit int) bool {
	condF = append(condF, f)
	return f() < limit
}

// A closure created in the condition captures the variable of the iteration being tested
// (including the final failing test).
func main() {
	for i := 0; check(func() int { return i * 100 }, 300); i++ {
	}
	for _, f := range condF {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// Two init variables, only j is captured: only j is reported.
func main() {
	var fs []func() int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		fs = append(fs, func() int { return j })
		fmt.Print("i=", i, " ")
	}
	fmt.Println()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

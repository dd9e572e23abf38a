package main

import "fmt"

// Closures in nested loops capture both variables.
func main() {
	var fs []func() string
	for i := 0; i < 3; i++ {
		for j := 10; j < 12; j++ {
			fs = append(fs, func() string { return fmt.Sprint(i, "/", j) })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

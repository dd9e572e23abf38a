package main

import "fmt"

// A labeled continue from inside a switch in an inner loop, after capturing.
func main() {
	var fs []func() string
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == i:
				i++
				continue outer
			case j > i:
				break
			default:
				fs = append(fs, func() string { return fmt.Sprint(i, j) })
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

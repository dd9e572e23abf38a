package main

import "fmt"

// continue outer from an inner loop after modifying the outer variable: the copy-out
// still happens, so the closure of that iteration sees the modification.
func main() {
	var fs []func() int
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 2; j++ {
			if j == 1 {
				i += 100
				continue outer
			}
			fs = append(fs, func() int { return i })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("count", len(fs))
}

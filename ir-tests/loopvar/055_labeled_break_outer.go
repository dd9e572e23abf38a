package main

import "fmt"

// break outer from an inner loop after both variables were captured.
func main() {
	var fs []func() string
search:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			fs = append(fs, func() string { return fmt.Sprint(i, j) })
			if i*j == 2 {
				break search
			}
			if j > i {
				break
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// goto inside the body (backward within the same iteration) after the capture.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		tries := 0
	retry:
		fs = append(fs, func() int { return i*10 + tries })
		if tries < 1 {
			tries++
			goto retry
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

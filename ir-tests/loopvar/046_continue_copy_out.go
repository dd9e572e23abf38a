package main

import "fmt"

// Unlabeled continue after capture and modification: the modification is copied out.
func main() {
	var fs []func() int
	for i := 0; i < 20; i++ {
		fs = append(fs, func() int { return i })
		if i%3 == 0 {
			i += 4
			continue
		}
		i++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

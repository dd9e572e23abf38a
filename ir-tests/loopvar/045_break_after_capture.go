package main

import "fmt"

// Capture and break: per-iteration variable sees the value at break, the shared one too,
// but the earlier closures differ.
func main() {
	var fs []func() int
	for i := 0; ; i++ {
		fs = append(fs, func() int { return i })
		if i == 3 {
			break
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

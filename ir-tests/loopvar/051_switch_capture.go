package main

import "fmt"

// Captures inside switch cases in the loop body.
func main() {
	var fs []func() string
	for i := 0; i < 5; i++ {
		switch {
		case i%3 == 0:
			fs = append(fs, func() string { return fmt.Sprint("fizz", i) })
		case i%3 == 1:
			fs = append(fs, func() string { return fmt.Sprint("one", i) })
		default:
			continue
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// Captures inside an if-statement init and a nested block.
func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		if f := func() int { return i * 3 }; f()%2 == 0 {
			fs = append(fs, f)
		} else {
			{
				fs = append(fs, func() int { return -i })
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

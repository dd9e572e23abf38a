package main

import "fmt"

// Directly called small func literals are inlined before the loopvar analysis: no report.
func main() {
	s := 0
	for i := 0; i < 4; i++ {
		func() { s += i }()
	}
	fmt.Println("sum", s)
	words := ""
	for _, w := range []string{"x", "y"} {
		func() { words += w }()
	}
	fmt.Println(words)
}

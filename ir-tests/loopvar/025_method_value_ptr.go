package main

import "fmt"

type counter int

func (c *counter) next() int { *c += 1; return int(*c) }

// Method values with a pointer receiver bind &v.
func main() {
	var fs []func() int
	for _, c := range []counter{10, 20, 30} {
		fs = append(fs, c.next)
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

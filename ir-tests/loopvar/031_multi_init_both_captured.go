package main

import "fmt"

// Both init variables captured, one by a closure and one by address.
func main() {
	var fs []func() int
	var ps []*int
	for i, j := 0, 10; i < 3; i, j = i+1, j-2 {
		fs = append(fs, func() int { return i })
		ps = append(ps, &j)
	}
	for k := range fs {
		fmt.Print(fs[k](), ":", *ps[k], " ")
	}
	fmt.Println()
}

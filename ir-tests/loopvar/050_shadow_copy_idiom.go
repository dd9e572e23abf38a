package main

import "fmt"

// The pre-1.22 idiom `i := i`: the closure captures the body's own variable, not the
// loop variable, so nothing is reported and output is the same under both semantics.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{7, 8} {
		v := v
		fs = append(fs, func() int { return v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

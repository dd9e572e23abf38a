package main

import "fmt"

// The same capturing loop in a small (inlined) and a big (not inlined) function.
func small(n int) []func() int {
	var r []func() int
	for i := 0; i < n; i++ {
		r = append(r, func() int { return i })
	}
	return r
}

func big(n int) []func() int {
	var r []func() int
	for i := 0; i < n; i++ {
		r = append(r, func() int { return -i })
	}
	for k := 0; k < 3; k++ {
		fmt.Print("")
		fmt.Print("")
		fmt.Print("")
		fmt.Print("")
		fmt.Print("")
		fmt.Print("")
	}
	return r
}

func main() {
	for _, f := range small(3) {
		fmt.Print(f(), " ")
	}
	for _, f := range big(3) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// Three nested loops of different kinds; the innermost closure captures all of them.
func main() {
	var fs []func() string
	for i := 0; i < 2; i++ {
		for _, s := range []string{"a", "b"} {
			for k := range []int{0, 0} {
				fs = append(fs, func() string { return fmt.Sprint(i, s, k) })
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

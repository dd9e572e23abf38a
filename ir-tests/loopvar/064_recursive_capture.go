package main

import "fmt"

// A recursive function collecting closures from its loop at each depth.
func collect(depth int, out *[]func() string) {
	if depth == 0 {
		return
	}
	for i := 0; i < 2; i++ {
		*out = append(*out, func() string { return fmt.Sprint(depth, ".", i) })
		collect(depth-1, out)
	}
}

func main() {
	var fs []func() string
	collect(2, &fs)
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// A generic function whose loop captures its range variable.
func thunks[T any](xs []T) []func() T {
	var out []func() T
	for _, x := range xs {
		out = append(out, func() T { return x })
	}
	return out
}

func main() {
	for _, f := range thunks([]string{"u", "v", "w"}) {
		fmt.Print(f(), " ")
	}
	for _, f := range thunks([]float64{1.5, 2.5}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

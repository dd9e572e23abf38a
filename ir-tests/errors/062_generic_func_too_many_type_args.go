package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	r := Map[int, string, bool]([]int{1}, func(i int) string { return fmt.Sprint(i) })
	fmt.Println(r)
}

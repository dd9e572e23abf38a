package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	r := Map([]int{1, 2}, func(x int) string { return string(rune('a' + x)) })
	println(len(r), r[0])
}

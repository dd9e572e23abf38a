package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Max(1, 2), Max(1.5, 0.5))
}

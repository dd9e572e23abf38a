package main

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func main() {
	println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5}...))
}

package main

func sum(xs []int) int {
	s := 0
	for i, x := range xs {
		s += i * x
	}
	return s
}

func main() {
	println(sum([]int{1, 2, 3}))
}

package main

func f(xs []int) []int {
	ys := make([]int, 2, 10)
	copy(ys, xs)
	ys = append(ys, xs...)
	ys = append(ys, 7, 8)
	return ys[1:4:5]
}

func main() {
	r := f([]int{1, 2, 3})
	println(len(r), cap(r), r[0])
}

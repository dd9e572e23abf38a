package main

func main() {
	xs := []int{1, 2, 3}
	xs[1] = 20
	xs[2] += xs[1]
	println(xs[2])
}

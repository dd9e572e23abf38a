package main

func main() {
	var i, v int
	for i, v = range []int{4, 5} {
	}
	println(i, v)
}

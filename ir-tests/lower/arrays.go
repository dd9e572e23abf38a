package main

func main() {
	var a [4]int
	a[2] = 5
	b := a
	b[0] = 1
	println(a[0], b[0], len(a), a == b)
}

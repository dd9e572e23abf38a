package main

var zero = 0

func main() {
	println(10 / zero)
}

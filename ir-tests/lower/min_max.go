package main

func main() {
	println(min(3, 1, 2), max(1.5, 2.5), min("b", "a"))
}

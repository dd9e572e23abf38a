package main

func f(a, b int) int {
	return a*b + a/b - a%b
}

func main() {
	println(f(7, 2))
}

package main

func main() {
	a, b := "x", "y"
	a, b = b, a
	i, j := 1, 2
	i, j = j, i
	println(a, b, i, j)
}

package main

func show(s string, n int) { println(s, n) }

func main() {
	x := 1
	defer show("x", x)
	x = 2
}

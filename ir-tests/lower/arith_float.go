package main

func f(x, y float64) float64 {
	return -x*y + x/y
}

func main() {
	println(f(1.5, 0.5))
}

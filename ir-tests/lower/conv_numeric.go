package main

func f(x int, y float64) (int8, float32, int, uint64) {
	return int8(x), float32(x), int(y), uint64(x)
}

func main() {
	a, b, c, d := f(300, 2.9)
	println(a, b, c, d)
}

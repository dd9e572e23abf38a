package main

func f(a, b uint32) uint32 {
	return a/b + a%b + a>>3
}

func main() {
	println(f(40, 6))
}

package main

func double(x int) int { return x * 2 }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	println(apply(double, 4))
}

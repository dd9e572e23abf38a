package main

func f(x int64, n int) int64 {
	return x<<n | x>>n
}

func main() {
	println(f(5, 2))
}

package main

func f() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func main() {
	println(f())
}

package main

func f(n int) int {
	for n > 10 {
		n /= 2
	}
	for {
		if n == 0 {
			break
		}
		n--
	}
	return n
}

func main() {
	println(f(100))
}

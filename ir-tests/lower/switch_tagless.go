package main

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n == 0:
		return 0
	}
	return 1
}

func main() {
	println(sign(-4))
}

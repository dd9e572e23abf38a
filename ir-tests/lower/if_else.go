package main

func max3(a, b, c int) int {
	m := a
	if b > m {
		m = b
	} else if c > m {
		m = c
	}
	return m
}

func main() {
	println(max3(1, 5, 3))
}

package main

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func pair() (string, int) { return "x", 1 }

func main() {
	q, r := divmod(7, 3)
	s, n := pair()
	println(q, r, s, n)
}

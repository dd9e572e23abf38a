package main

func f(a, b string) (string, bool, bool, int) {
	return a + b, a == b, a < b, len(a)
}

func main() {
	s, e, l, n := f("ab", "cd")
	println(s, e, l, n)
}

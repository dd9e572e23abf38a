package main

func f(s string, r rune) ([]byte, []rune, string, string) {
	return []byte(s), []rune(s), string(r), string([]byte(s))
}

func main() {
	a, b, c, d := f("hé", 'x')
	println(len(a), len(b), c, d)
}

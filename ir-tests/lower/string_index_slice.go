package main

func f(s string) (byte, string) {
	return s[1], s[1:3]
}

func main() {
	b, t := f("hello")
	println(b, t)
}

package main

func f(s string) {}

func main() {
	n := 3
	f(n)
}

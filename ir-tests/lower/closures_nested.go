package main

func main() {
	x := 1
	f := func() func() int {
		y := 2
		return func() int { return x + y }
	}
	println(f()())
}

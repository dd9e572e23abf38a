package main

func f(a, b, c bool) bool {
	x := a && b || c
	if a || b && !c {
		return x
	}
	return !x
}

func main() {
	println(f(true, false, true))
}

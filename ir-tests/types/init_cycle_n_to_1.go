package main

var a, b = f()

func f() (int, int) {
	return b, 1
}

var c = d + 1
var d = e
var e = c

func main() {}

package main

import "fmt"

type T struct{ a int }

func main() {
	println("to stderr", 42, true, 1.5, "x")
	print("print no newline ", 7, "\n")
	fmt.Println("stdout line 1")
	x := -12
	var u uint8 = 200
	var f float64 = 0.1
	println(x, u, f, 'a', false, "end")
	var t T
	println(t.a)
	fmt.Println("stdout line 2")
	for i := range 3 {
		println("loop", i)
		fmt.Println("out", i)
	}
}

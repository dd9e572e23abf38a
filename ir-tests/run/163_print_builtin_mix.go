package main

import "fmt"

type point struct{ x, y int }

func main() {
	print("first line on stderr via print: ", 1, " ", true, "\n")
	println("second", -3, uint8(200), 2.5e10, 'c')
	fmt.Println("stdout only")
	var p *point
	println(p == nil, len("héllo"), cap(make([]int, 2, 7)))
	var e error
	println(e == nil)
	for i := 3; i > 0; i-- {
		fmt.Print(i, "..")
		println("countdown", i)
	}
	fmt.Println("liftoff")
	println(int64(-1<<63), uint64(1<<63), float32(0.5), -0.0, 1e-7)
	println()
	println("", "")
}

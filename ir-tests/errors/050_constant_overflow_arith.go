package main

import "fmt"

func main() {
	var b byte = 255 + 1
	const big = 1 << 70
	var n int64 = big
	fmt.Println(b, n)
}

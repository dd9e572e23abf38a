package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

const typed int64 = 1<<40 | 3

const big = 1 << 100 >> 98

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, typed, big)
	const local = "local" + "!"
	fmt.Println(local, len(local))
	x := 0xFF
	x &^= 0x0F
	x <<= 2
	x >>= 1
	x |= 1
	x ^= 3
	x %= 1000
	fmt.Println(x, ^x, -x, +x, !(x > 0))
}

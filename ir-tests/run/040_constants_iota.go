package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return names[d] }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
	_
	Admin
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, "=", int(d), " ")
	}
	fmt.Println()
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f %v\n", GB, MB/KB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Read, Write, Exec, Admin, Read|Exec)
	fmt.Printf("%08b %T\n", Read|Write|Admin, Admin)
	fmt.Println(x0, x1, x2, x3)
	const big = 1 << 100
	fmt.Println(big >> 98)
	const typed int64 = 1 << 40
	fmt.Println(typed, Friday+1, Weekday(2))
	fmt.Printf("%v %d %s\n", Tuesday, Tuesday, Tuesday)
}

package main

import "fmt"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	neg := d < 0
	if neg {
		d = -d
	}
	s := ""
	h := d / Hour
	d -= h * Hour
	m := d / Minute
	d -= m * Minute
	sec := float64(d) / float64(Second)
	if h > 0 {
		s += fmt.Sprintf("%dh", int64(h))
	}
	if m > 0 || h > 0 {
		s += fmt.Sprintf("%dm", int64(m))
	}
	s += fmt.Sprintf("%gs", sec)
	if neg {
		s = "-" + s
	}
	return s
}

const (
	MaxU8  = 1<<8 - 1
	MaxI16 = 1<<15 - 1
	MinI16 = -1 << 15
	Mask   = 0xF0 | 0x0F
	Str    = "const" + "ant"
	Len    = len(Str)
	Ratio  = 22.0 / 7
)

type Op byte

const (
	Add Op = '+'
	Sub Op = '-'
)

func main() {
	fmt.Println(Second, Minute+30*Second, 2*Hour+3*Minute+4500*Millisecond, -90*Second, Duration(0), 1500*Microsecond)
	fmt.Printf("%d %v %T\n", Hour, Hour, Hour)
	fmt.Println(MaxU8, MaxI16, MinI16, Mask, Str, Len, Ratio)
	var b byte = MaxU8
	var i16 int16 = MinI16
	fmt.Println(b, i16, uint8(Mask>>4))
	fmt.Printf("%c %c %v %T\n", Add, Sub, Add, Sub)
	const x = 10
	const y = x / 3
	const z = x / 3.0
	fmt.Println(y, z, x%3, float64(y)*3)
	var f float32 = Ratio
	fmt.Println(f, Ratio*7)
	arr := [Len]int{}
	fmt.Println(len(arr), cap(arr))
	const huge = 1 << 200
	const back = huge >> 195
	fmt.Println(back, huge/(huge/4))
	d := 3 * Second / 2
	fmt.Println(d, d*2, d%Second)
}

package main

import "fmt"

const (
	Pi       = 3.14159265358979323846264338327950288419716939937510582097494459
	Big      = 1 << 62
	Huge     = Big * Big
	Third    = 1.0 / 3
	IntDiv   = 7 / 2
	FloatDiv = 7 / 2.0
	R        = 'a' + 1
	S        = "con" + "cat"
	Bl       = 3 > 2 && "a" < "b"
	Mixed    = 1 + 2.5 + 'A'
)

func main() {
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Huge / Big / Big)
	fmt.Println(Third, Third*3 == 1)
	fmt.Println(IntDiv, FloatDiv)
	fmt.Printf("%v %T %c\n", R, R, R)
	fmt.Println(S, len(S), Bl)
	fmt.Printf("%v %T\n", Mixed, Mixed)
	var f32 float32 = 1.0 / 3
	var f64 float64 = 1.0 / 3
	fmt.Println(f32, f64, float64(f32) == f64)
	const c = 10
	var u8 uint8 = c * 25
	var i16 int16 = -c * 3000
	fmt.Println(u8, i16)
	x := 5
	fmt.Println(x/2, x/2.0, float64(x)/2)
	const e = 1e3
	var n int = e
	fmt.Println(n, e/7)
	fmt.Println(1<<10-1, -7/2, -7%3, 7%-3, -7>>1)
	const shift = 3
	var y int64 = 1 << shift
	fmt.Println(y, ^0, ^uint8(0), ^int8(5))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', "s")
	const big2 = 1e300 * 1e300 / 1e300
	fmt.Println(big2)
}

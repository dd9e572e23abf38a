package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type Fahrenheit float64
type ID = int
type Names []string
type Handler func(int) int
type Point struct{ X, Y int }
type Pt struct{ X, Y int }

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (n Names) Len() int        { return len(n) }

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Printf("%v %T %v %T\n", c, c, f, f)
	fmt.Println(float64(f)-float64(c), Celsius(f))
	var id ID = 5
	var i int = id
	fmt.Printf("%T %v\n", id, i)
	ns := Names([]string{"a", "b"})
	raw := []string(ns)
	fmt.Println(ns.Len(), raw, len(raw))
	h := Handler(func(x int) int { return x * 2 })
	fmt.Println(h(21))
	p := Point{1, 2}
	q := Pt(p)
	fmt.Printf("%v %T\n", q, q)
	m5, m1, x1ff := int32(-5), int8(-1), uint16(0x1ff)
	fmt.Println(int64(m5), uint32(m1), int8(x1ff))
	fl := 3.99
	fmt.Println(int(fl), int(-fl), uint8(fl), float32(fl))
	big := 1e10
	fmt.Println(int64(big), int32(int64(big)))
	fmt.Println(string(rune(9731)), string([]rune{72, 105}), []rune("ab€"), string([]byte{71, 111}))
	s := strconv.Itoa(65)
	fmt.Println(s, string(rune(65)), fmt.Sprint(65))
	var r rune = 'x'
	var b byte = 'y'
	fmt.Println(r, b, string(r)+string(b), r+1, b+1)
	type Str string
	var st Str = "hello"
	bs := []byte(st)
	bs[0] = 'j'
	fmt.Println(st, string(bs), Str(bs), len(st))
	var u uint = 7
	var ip uintptr = uintptr(u) * 3
	fmt.Println(ip, int(ip)+1)
	var any1 any = Celsius(5)
	_, isC := any1.(Celsius)
	_, isF := any1.(float64)
	fmt.Println(isC, isF)
}

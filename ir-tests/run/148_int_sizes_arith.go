package main

import "fmt"

func main() {
	var a8, b8 int8 = -7, 2
	var a16, b16 int16 = -7, 2
	var a32, b32 int32 = -7, 2
	var a64, b64 int64 = -7, 2
	fmt.Println(a8/b8, a8%b8, a16/b16, a16%b16, a32/b32, a32%b32, a64/b64, a64%b64)
	var u8, v8 uint8 = 250, 7
	var u16, v16 uint16 = 65000, 700
	var u32, v32 uint32 = 4000000000, 70000
	var u64, v64 uint64 = 18000000000000000000, 7
	fmt.Println(u8/v8, u8%v8, u8+v8, u16*v16, u16/v16, u32+v32, u32*v32, u64/v64, u64*v64)
	fmt.Println(-a8, -u8, ^u16, -u32, ^a64)
	var i int = 1 << 62
	fmt.Println(i*2, i*4, i+i-1)
	x := int64(-1) << 63
	fmt.Println(x, x-1, x/-1, -x)
	fmt.Printf("%T %T %T\n", a8+b8, u16>>1, u64&v64)
	var r rune = 0x10FFFF
	var by byte = 0x80
	fmt.Println(r+1, by<<1, by>>7, int(by)<<1)
	counts := [4]uint8{}
	for i := 0; i < 1000; i++ {
		counts[i%4]++
	}
	fmt.Println(counts)
	var acc int16
	for i := int16(0); i < 300; i++ {
		acc += i * i
	}
	fmt.Println(acc)
	m := map[int8]uint8{}
	for i := int8(-3); i <= 3; i++ {
		m[i] = uint8(i * i * i)
	}
	fmt.Println(m)
}

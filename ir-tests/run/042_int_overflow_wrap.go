package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8)
	i8 = -128
	i8--
	fmt.Println("int8:", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8:", u8)
	u8 = 0
	u8--
	fmt.Println("uint8:", u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16:", i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println("uint16:", u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32:", i32)
	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println("uint32:", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64:", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64:", u64)
	var i int = -9223372036854775808
	fmt.Println("int neg:", -i, i-1)
	var u uint = 0
	fmt.Println("uint:", u-1)
	var up uintptr = 0
	up--
	fmt.Println("uintptr:", up)
	var m8 int8 = -128
	fmt.Println(m8/-1, m8*-1, -m8)
	var a8 int8 = 100
	var b8 int8 = 100
	fmt.Println(a8*b8, a8+b8, int16(a8)*int16(b8))
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	v200, vm1, v31, vm2 := 200, int8(-1), uint32(1<<31), int64(-2)
	fmt.Println(int8(v200-56), uint8(vm1), int32(v31), uint16(vm2))
	x := 300
	fmt.Println(int8(x), uint8(x), byte(x+1))
}

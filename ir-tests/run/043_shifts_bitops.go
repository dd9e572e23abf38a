package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	var s uint = 3
	fmt.Println(1<<s, 256>>s, -256>>s, -1>>60)
	var big uint = 70
	one8, sone8 := uint8(1), int8(1)
	fmt.Println(1<<big, one8<<7, one8<<8, sone8<<7)
	var x int32 = -8
	fmt.Println(x>>1, x>>31, uint32(x)>>28, x<<28)
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(0xDEADBEEF))
	fmt.Println(reverseBits(1), reverseBits(0b10110000), reverseBits(255))
	var u64 uint64 = 1
	for i := 0; i < 64; i += 9 {
		fmt.Print(u64<<i, " ")
	}
	fmt.Println()
	var neg int64 = -1
	fmt.Println(neg>>63, uint64(neg)>>63, neg<<63)
	flags := uint16(0)
	flags |= 1 << 3
	flags |= 1 << 15
	flags ^= 1 << 0
	flags &^= 1 << 3
	fmt.Printf("%016b %d %#x %#o\n", flags, flags, flags, flags)
	n := 5
	fmt.Println(n<<n, 1000>>n, n&1 == 1)
	var sh int = 65
	fmt.Println(int64(1)<<sh, uint32(0xffffffff)>>sh, int8(-100)>>sh)
}

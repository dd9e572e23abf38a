package main

import "fmt"

func fnv1a32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv1a64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	var h uint32 = 5381
	for _, c := range []byte(s) {
		h = h<<5 + h + uint32(c)
	}
	return h
}

func rotl16(x uint16, k uint) uint16 { return x<<k | x>>(16-k) }

func crc8(data []byte) uint8 {
	var crc uint8
	for _, b := range data {
		crc ^= b
		for i := 0; i < 8; i++ {
			if crc&0x80 != 0 {
				crc = crc<<1 ^ 0x07
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

func xorshift(state *uint64) uint64 {
	x := *state
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*state = x
	return x
}

func main() {
	for _, s := range []string{"", "a", "hello", "The quick brown fox"} {
		fmt.Printf("%-22q %08x %016x %10d\n", s, fnv1a32(s), fnv1a64(s), djb2(s))
	}
	fmt.Println(rotl16(0x8001, 1), rotl16(0x1234, 4), rotl16(0xffff, 7))
	fmt.Printf("%#02x %#02x\n", crc8([]byte("123456789")), crc8(nil))
	st := uint64(88172645463325252)
	for range 5 {
		fmt.Println(xorshift(&st))
	}
	var u16 uint16 = 0xABCD
	fmt.Printf("%x %x %x\n", u16>>8, u16&0xff, uint8(u16))
	var u32 uint32 = 1
	for i := 0; i < 40; i++ {
		u32 *= 3
	}
	fmt.Println(u32, uint64(3)*3*3*3*3*3*3*3*3*3*3*3*3*3*3*3*3*3*3*3)
	buckets := make([]int, 8)
	for i := 0; i < 1000; i++ {
		buckets[fnv1a32(fmt.Sprint("key", i))%8]++
	}
	fmt.Println(buckets)
}

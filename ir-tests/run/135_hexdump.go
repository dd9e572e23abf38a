package main

import (
	"fmt"
	"strings"
)

func hexdump(data []byte) string {
	var b strings.Builder
	for off := 0; off < len(data); off += 16 {
		end := min(off+16, len(data))
		chunk := data[off:end]
		fmt.Fprintf(&b, "%08x  ", off)
		for i := 0; i < 16; i++ {
			if i < len(chunk) {
				fmt.Fprintf(&b, "%02x ", chunk[i])
			} else {
				b.WriteString("   ")
			}
			if i == 7 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(" |")
		for _, c := range chunk {
			if c >= 32 && c < 127 {
				b.WriteByte(c)
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteString("|\n")
	}
	fmt.Fprintf(&b, "%08x\n", len(data))
	return b.String()
}

func main() {
	text := "Hello, Gophers!\n\tThis is a hexdump of some bytes: \x00\x01\x02\xff and UTF-8: héllo 世界"
	fmt.Print(hexdump([]byte(text)))
	var bin []byte
	for i := 0; i < 40; i++ {
		bin = append(bin, byte(i*7))
	}
	fmt.Print(hexdump(bin))
	fmt.Print(hexdump(nil))
	fmt.Printf("%X\n", "hex")
	fmt.Printf("% X\n", []byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Printf("%#x\n", []byte{1, 2})
	fmt.Printf("%08b\n", []byte{5, 255})
	fmt.Printf("%o %O\n", []byte{8, 64}, 64)
}

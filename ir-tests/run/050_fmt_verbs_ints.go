package main

import "fmt"

func main() {
	nums := []int{0, 7, -7, 255, -255, 65535, 1234567}
	for _, n := range nums {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%c|%q|%U|%#U|\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n, n, n&0x7f+65, n&0x7f+65, n&0xffff, n&0xffff)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = 1<<64 - 1
	fmt.Printf("%d %d %d %x %X %o\n", u8, i8, u64, u64, i8, u8)
	fmt.Printf("%08b|%-10b|%#b\n", u8, 5, 5)
	fmt.Printf("%v %v %T %T\n", u8, i8, u8, i8)
	fmt.Printf("%3c|%-3c|%c%c\n", 'A', 'B', 0x4e16, 0x1F600)
	fmt.Printf("%x %X % x %#x\n", "hello", []byte("Hi"), "abc", "abc")
	fmt.Printf("%.3d|%8.4d|%-8.4d|%+.2d\n", 5, 42, 42, 3)
	fmt.Printf("%*d|%-*d|%.*d\n", 6, 9, 6, 9, 3, 9)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint16{4096, 15})
	fmt.Printf("%5t|%-6t|%v\n", true, false, !true)
	fmt.Printf("%%|%5%|%d%%\n", 50)
	fmt.Printf("%q %q %q\n", 'x', '\n', '\'')
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
	fmt.Printf("%U %#U\n", '⌘', '⌘')
}

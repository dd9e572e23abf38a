package main

import "fmt"

func runeLen(r rune) int {
	switch {
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

func main() {
	s := "héllo, 世界! 🎉"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%2d %c %U %d\n", i, r, r, runeLen(r))
	}
	for i := 0; i < len(s) && i < 6; i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:9]))
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r, r == '\uFFFD')
	}
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println("count", count)
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev(s))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("é"))
	fmt.Printf("%q %+q %x % x\n", "世", "世", "世", "世")
}

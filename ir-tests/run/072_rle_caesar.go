package main

import (
	"fmt"
	"strconv"
	"strings"
)

func rleEncode(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func rleDecode(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func caesar(s string, shift int) string {
	shift = ((shift % 26) + 26) % 26
	out := []byte(s)
	for i, c := range out {
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+byte(shift))%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+byte(shift))%26
		}
	}
	return string(out)
}

func main() {
	for _, s := range []string{"aaabccddddde", "abc", "", "zzzzzzzzzzzz", "ééé日日x"} {
		enc := rleEncode(s)
		dec := rleDecode(enc)
		fmt.Printf("%q -> %q -> %q ok=%v\n", s, enc, dec, dec == s)
	}
	msg := "Hello, World! xyz ABC"
	for _, k := range []int{1, 3, 13, 26, -1, 55} {
		c := caesar(msg, k)
		fmt.Printf("%3d %s | %s\n", k, c, caesar(c, -k))
	}
}

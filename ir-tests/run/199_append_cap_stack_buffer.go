package main

import (
	"fmt"
	"strings"
)

// gc gives a slice whose backing store does not escape a 32-byte stack buffer on its first
// append from length 0, and []byte(s)/[]rune(s) of a non-escaping result a 32-element
// buffer; conversions of constant strings get exactly their length. cap() shows it all.

var sink []int

func local() {
	var x []int
	for i := 0; i < 10; i++ {
		x = append(x, i)
		fmt.Print(cap(x), " ")
	}
	fmt.Println()
}

func escapes() {
	var y []int
	for i := 0; i < 10; i++ {
		y = append(y, i)
		fmt.Print(cap(y), " ")
	}
	fmt.Println()
	fmt.Println(y)
}

func bytesAndStrings() {
	var b []byte
	for i := 0; i < 40; i++ {
		b = append(b, 'a')
		if i%8 == 0 {
			fmt.Print(cap(b), " ")
		}
	}
	fmt.Println()
	bs := make([]byte, 0)
	bs = append(bs, 'a')
	fmt.Println(len(bs), cap(bs))
	var s []string
	s = append(s, "a")
	fmt.Println(len(s), cap(s))
	u := []int{}
	u = append(u, 1, 2, 3)
	fmt.Println(len(u), cap(u))
	var v []int
	v = append(v, 1, 2, 3, 4, 5)
	fmt.Println(len(v), cap(v))
	type big struct{ a, b, c, d, e int }
	var bb []big
	bb = append(bb, big{})
	fmt.Println(len(bb), cap(bb))
}

func conversions(word string) {
	c := []byte("hi")
	fmt.Println(len(c), cap(c))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	d := []byte(word) // written below: no zero-copy conversion
	d[0] = 'L'
	fmt.Println(len(d), cap(d), string(d))
	e := []rune(strings.Repeat(word, 2))
	fmt.Println(len(e), cap(e))
}

func main() {
	local()
	escapes()
	bytesAndStrings()
	conversions(strings.ToLower("LOOP"))
	long := strings.Repeat("x", 40)
	conversions(long)
	z := make([]int, 0, 2)
	for i := 0; i < 5; i++ {
		z = append(z, i)
		fmt.Print(cap(z), " ")
	}
	fmt.Println()
	sink = z
}

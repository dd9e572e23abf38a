package main

// gc copies a value converted to an interface ahead of the calls when the conversion needs
// its address and it is an SSA-able local (a bool, an int8, a small struct), not when it is
// an int, a float, a string, a slice, an array or reached through a pointer.

import "fmt"

type P struct{ a, b int }

func main() {
	st := P{1, 2}
	f := func() int { st.a = 9; return 0 }
	fmt.Println(st, f())
	s := "old"
	fs := func() int { s = "new"; return 0 }
	fmt.Println(s, fs())
	fl := 1.5
	ff := func() int { fl = 2.5; return 0 }
	fmt.Println(fl, ff())
	xs := []int{1}
	fx := func() int { xs[0] = 7; return 0 }
	fmt.Println(xs, fx())
	var e any = 1
	fe := func() int { e = 2; return 0 }
	fmt.Println(e.(int), fe())
	e = 1
	fmt.Println(e, fe())
	ys := []int{}
	n := 0
	fn := func() int { n = 5; return n }
	ys = append(ys, n, fn())
	fmt.Println(ys)
	b8 := int8(3)
	fb := func() int { b8 = 4; return 0 }
	fmt.Println(b8, fb())
	arr := [2]int{1, 2}
	fa := func() int { arr[0] = 5; return 0 }
	fmt.Println(arr, fa())
	var ip *int = new(int)
	fi := func() int { *ip = 3; return 0 }
	fmt.Println(*ip, fi())
	bs := []byte("ab")
	fz := func() int { bs[0] = 'z'; return 0 }
	fmt.Println(string(bs), fz())
	mm := map[int]int{1: 1}
	fm := func() int { mm[1] = 2; return 0 }
	fmt.Println(mm, fm())
	fmt.Println(len(xs), xs[0], cap(xs))
	q := 1
	fq := func() int { q = 2; return 0 }
	r := []int{q, fq(), q}
	fmt.Println(r)
	q = 1
	fmt.Println(q == 1 || fq() == 0, q)
	q = 1
	fmt.Println(fmt.Sprint(q), fq(), q)
}

package main

import (
	"fmt"
	"strings"
)

type BigNat []uint8

func Parse(s string) BigNat {
	n := make(BigNat, len(s))
	for i := range s {
		n[len(s)-1-i] = s[i] - '0'
	}
	return n.trim()
}

func (a BigNat) trim() BigNat {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a BigNat) String() string {
	var b strings.Builder
	for i := len(a) - 1; i >= 0; i-- {
		b.WriteByte('0' + a[i])
	}
	return b.String()
}

func Add(a, b BigNat) BigNat {
	var out BigNat
	carry := uint8(0)
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%10)
		carry = s / 10
	}
	return out.trim()
}

func Mul(a, b BigNat) BigNat {
	res := make([]int, len(a)+len(b))
	for i, x := range a {
		for j, y := range b {
			res[i+j] += int(x) * int(y)
		}
	}
	out := make(BigNat, len(res))
	carry := 0
	for i, v := range res {
		v += carry
		out[i] = uint8(v % 10)
		carry = v / 10
	}
	return out.trim()
}

func Factorial(n int) BigNat {
	r := Parse("1")
	for i := 2; i <= n; i++ {
		r = Mul(r, Parse(fmt.Sprint(i)))
	}
	return r
}

func main() {
	fmt.Println(Add(Parse("999999999999999999999"), Parse("1")))
	fmt.Println(Add(Parse("0"), Parse("0")), Mul(Parse("0"), Parse("12345")))
	fmt.Println(Mul(Parse("123456789"), Parse("987654321")))
	for _, n := range []int{0, 5, 10, 20, 30} {
		fmt.Printf("%d! = %v\n", n, Factorial(n))
	}
	a, b := Parse("0"), Parse("1")
	for i := 0; i < 100; i++ {
		a, b = b, Add(a, b)
	}
	fmt.Println("fib(100) =", a, len(a))
}

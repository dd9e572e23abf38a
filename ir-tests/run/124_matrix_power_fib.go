package main

import "fmt"

type Mat [2][2]uint64

const mod = 1_000_000_007

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			var s uint64
			for k := 0; k < 2; k++ {
				s = (s + a[i][k]*b[k][j]) % mod
			}
			c[i][j] = s
		}
	}
	return c
}

func pow(m Mat, n uint64) Mat {
	r := Mat{{1, 0}, {0, 1}}
	for n > 0 {
		if n&1 == 1 {
			r = mul(r, m)
		}
		m = mul(m, m)
		n >>= 1
	}
	return r
}

func fibMod(n uint64) uint64 {
	return pow(Mat{{1, 1}, {1, 0}}, n)[0][1]
}

func powMod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	for _, n := range []uint64{0, 1, 2, 10, 50, 90, 1000, 1 << 40} {
		fmt.Printf("fib(%d) mod p = %d\n", n, fibMod(n))
	}
	fmt.Println(powMod(2, 10, 1000), powMod(3, 1_000_000, mod), powMod(10, 18, mod))
	inv := powMod(123456, mod-2, mod)
	fmt.Println(inv, inv*123456%mod)
	fmt.Println(pow(Mat{{2, 0}, {0, 3}}, 5))
	fmt.Printf("%v %d\n", Mat{}, len(Mat{}))
	x := 1_000
	y := 0x_FF
	z := 0o17
	w := 0b_1010
	fmt.Println(x, y, z, w, 1_0.5e1_0)
}

package main

import "fmt"

func sqrt(x float64) float64 {
	if x == 0 {
		return 0
	}
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func variance(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		d := x - m
		s += d * d
	}
	return s / float64(len(xs))
}

func floor(x float64) float64 {
	t := float64(int64(x))
	if t > x {
		t--
	}
	return t
}

func main() {
	for _, x := range []float64{2, 9, 10, 0.25, 1e10} {
		fmt.Printf("sqrt(%g) = %.10f\n", x, sqrt(x))
	}
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Println("mean", mean(data), "var", variance(data), "sd", sqrt(variance(data)))
	fmt.Println(floor(2.7), floor(-2.7), floor(3))
	c := 0.0
	for i := 0; i < 10; i++ {
		c += 0.1
	}
	fmt.Println(c, c == 1.0)
	huge := 1e308
	fmt.Println(huge*10, -huge*10, 5e-324/2, huge*10-huge*10)
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	a += 0.25
	a *= 2
	a -= 1
	a /= 3
	fmt.Println(a)
	temps := map[string]float64{"mon": 21.5, "tue": 19.25, "wed": 23.125}
	fmt.Println(temps)
	celsius := func(f float64) float64 { return (f - 32) * 5 / 9 }
	for f := 0.0; f <= 100; f += 25 {
		fmt.Printf("%5.1fF = %6.2fC\n", f, celsius(f))
	}
}

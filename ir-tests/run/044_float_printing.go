package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.125, 3.14159, -0.0}
	for _, v := range vals {
		fmt.Println(v, fmt.Sprintf("%f|%.2f|%e|%E|%g|%G|%8.3f|%-8.1f|%+.3e", v, v, v, v, v, v, v, v, v))
	}
	var z float64
	negz := -z
	fmt.Println(negz, 1/negz < 0)
	inf := 1 / z
	fmt.Println(inf, -inf, inf-inf)
	nan := inf - inf
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Printf("%v %f %5.1f %g\n", inf, -inf, nan, nan)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	x := 0.1
	fmt.Println(x+0.2, x*3)
	fmt.Println(float64(7)/2, int(x*39.9), int(-x*39.9), int64(1e18))
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %g\n", 1e-7, 123456789.0, 0.000123)
	fmt.Printf("%.3g %.10g %#g\n", 3.14159, 1.0/7, 2.0)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Println(float32(16777217), float64(1<<53+1))
}

package main

import "fmt"

type Vec2 struct{ X, Y float32 }

func (v Vec2) Len2() float32   { return v.X*v.X + v.Y*v.Y }
func (v Vec2) Add(o Vec2) Vec2 { return Vec2{v.X + o.X, v.Y + o.Y} }

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, float64(a)+float64(b), a+b == 0.3)
	fmt.Printf("%v %.10f %g %e\n", a, a, b, a*b)
	v := Vec2{1.5, 2.25}
	w := v.Add(Vec2{0.1, 0.1})
	fmt.Println(v, w, w.Len2())
	fmt.Printf("%+v %T\n", w, w.X)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, float64(big)+1)
	var sum32 float32
	var sum64 float64
	for i := 0; i < 1000; i++ {
		sum32 += 0.01
		sum64 += 0.01
	}
	fmt.Println(sum32, sum64)
	fmt.Println(float32(1)/3, 1.0/3, float32(2.0/3))
	x := float32(3.7)
	fmt.Println(int(x), int32(-x), uint8(x*10))
	huge := float32(3e38)
	fmt.Println(huge*10, -huge*10)
	fmt.Println([]float32{1.1, 2.2, 3.3}, map[string]float32{"pi": 3.14159})
}

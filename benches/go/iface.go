// Method calls: through an interface, on a concrete type, and type switches.
package main

import "testing"

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ s int }

func (r rect) area() int    { return r.w * r.h }
func (s *square) area() int { return s.s * s.s }

var sink int

var shapes = []shape{rect{2, 3}, &square{4}, rect{5, 6}, &square{7}}

func BenchmarkInterfaceCall(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 100; i++ {
			t += shapes[i&3].area()
		}
		sink = t
	}
}

func BenchmarkConcreteCall(b *testing.B) {
	r := rect{2, 3}
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 100; i++ {
			r.w = i
			t += r.area()
		}
		sink = t
	}
}

func BenchmarkTypeSwitch(b *testing.B) {
	for n := 0; n < b.N; n++ {
		t := 0
		for i := 0; i < 100; i++ {
			switch s := shapes[i&3].(type) {
			case rect:
				t += s.w
			case *square:
				t += s.s
			}
		}
		sink = t
	}
}

func BenchmarkBoxInt(b *testing.B) {
	for n := 0; n < b.N; n++ {
		var x any = n
		if v, ok := x.(int); ok {
			sink += v
		}
	}
}

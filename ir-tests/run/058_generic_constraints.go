package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Number interface {
	Integer | Unsigned | ~float64 | ~float32
}

type MyInt int

type Meters float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Abs[T Integer | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func MaxOf[T Number](xs []T) (T, bool) {
	if len(xs) == 0 {
		var z T
		return z, false
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, true
}

type Stringish interface {
	~string
}

func Concat[S Stringish](xs []S, sep S) S {
	var out S
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x
	}
	return out
}

type Path string

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[uint8](200, 100))
	fmt.Println(Sum(MyInt(4), MyInt(5)), Sum(Meters(1.5), 2))
	fmt.Printf("%T %T\n", Sum(MyInt(1)), Sum[Meters]())
	fmt.Println(Abs(-5), Abs(int8(-128)), Abs(-2.5), Abs(MyInt(-9)))
	fmt.Println(MaxOf([]int{3, 9, 2}))
	fmt.Println(MaxOf([]float64{}))
	fmt.Println(MaxOf([]uint16{7, 65535, 1}))
	fmt.Println(Concat([]string{"a", "b", "c"}, "/"))
	p := Concat([]Path{"usr", "local", "bin"}, "/")
	fmt.Printf("%v %T\n", p, p)
}

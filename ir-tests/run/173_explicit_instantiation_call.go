package main

import "fmt"

type Num interface {
	~int | ~uint8 | ~float64
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[K comparable, V any](k K, v V) string { return fmt.Sprint(k, "=", v) }

func Zero[T any]() (z T) { return }

func main() {
	fmt.Println(Sum[uint8](200, 100), Sum[float64](1, 2.5), Sum[int]())
	fmt.Println(Pair[string, int]("a", 1), Pair[byte]("x"[0], 2.5))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int](), Zero[[2]bool]())
	f := Sum[int]
	fmt.Println(f(1, 2, 3))
}

package main

import "fmt"

type list []int

func (l list) print() {
	for i, v := range l {
		defer func() { fmt.Println(i, v) }()
	}
}

func each[T any](xs []T) {
	for _, x := range xs {
		defer func() { fmt.Println(x) }()
	}
}

func main() {
	list{1, 2}.print()
	each([]string{"a"})
}

package main

import "fmt"

type T struct{ v int }

func (t T) Get() int { return t.v }

func (t *T) Get() int { return t.v * 2 }

func main() {
	fmt.Println(T{1}.Get())
}

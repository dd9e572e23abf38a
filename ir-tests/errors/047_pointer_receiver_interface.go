package main

import "fmt"

type Stringer interface{ String() string }

type Temp struct{ c float64 }

func (t *Temp) String() string { return fmt.Sprint(t.c) }

func show(s Stringer) { fmt.Println(s.String()) }

func main() {
	t := Temp{21.5}
	show(t)
}

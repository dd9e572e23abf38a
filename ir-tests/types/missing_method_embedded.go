package main

import "fmt"

type Stringer interface{ String() string }

type A struct{}

func main() {
	var s Stringer = A{}
	fmt.Println(s)
}

package main

import (
	"fmt"
	"unsafe"
)

type pair struct {
	a bool
	b int64
}

func main() {
	var p pair
	fmt.Println(unsafe.Sizeof(p), unsafe.Offsetof(p.b))
}

package main

import "fmt"

type Count uint8

func main() {
	var n Count = 4
	for i := range n {
		fmt.Printf("%T %d\n", i, i)
	}
}

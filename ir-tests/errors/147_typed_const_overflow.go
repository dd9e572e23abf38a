package main

import "fmt"

const scale int8 = 100 * 2

func main() {
	fmt.Println(scale)
}

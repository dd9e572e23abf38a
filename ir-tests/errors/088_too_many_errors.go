package main

import "fmt"

func main() {
	fmt.Println(a1)
	fmt.Println(a2)
	fmt.Println(a3)
	fmt.Println(a4)
	fmt.Println(a5)
	fmt.Println(a6)
	fmt.Println(a7)
	fmt.Println(a8)
	fmt.Println(a9)
	fmt.Println(a10)
	fmt.Println(a11)
	fmt.Println(a12)
}

package main

import "fmt"

func main() {
	var a any = 1
	fmt.Println(a + 1)
}

package main

import "fmt"

func main() {
	f := 2.5
	var n int = f
	fmt.Println(n)
}

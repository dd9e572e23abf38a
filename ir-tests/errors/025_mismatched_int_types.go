package main

import "fmt"

func main() {
	var a int32 = 5
	var b int64 = 6
	fmt.Println(a + b)
}

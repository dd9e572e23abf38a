package main

import "fmt"

func main() {
	var small int8 = 300
	fmt.Println(small)
}

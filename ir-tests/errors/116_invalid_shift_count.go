package main

import "fmt"

func main() {
	s := 2.0
	fmt.Println(1 << s)
}

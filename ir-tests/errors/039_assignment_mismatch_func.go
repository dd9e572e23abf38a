package main

import "fmt"

func pair() (int, string) { return 1, "a" }

func main() {
	x := pair()
	fmt.Println(x)
}

package main

import "fmt"

func double(x int) int { return 2 * x }

func main() {
	fmt.Println(double(1, 2, 3))
}

package main

import "fmt"

func compute() int { return 3 }

func main() {
	p := &compute()
	fmt.Println(p)
}

package main

import "fmt"

func compute() int { return 4 }

const limit = compute()

func main() {
	fmt.Println(limit)
}

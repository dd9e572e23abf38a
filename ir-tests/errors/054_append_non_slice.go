package main

import "fmt"

func main() {
	total := 0
	total = append(total, 1)
	fmt.Println(total)
}

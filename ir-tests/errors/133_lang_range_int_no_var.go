package main

import "fmt"

func main() {
	stars := ""
	for range 5 {
		stars += "*"
	}
	fmt.Println(stars)
}

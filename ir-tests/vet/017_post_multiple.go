package main

import "fmt"

func main() {
	for i, j := 0, 5; i < j; i, j = i+1, j-1 {
		defer func() {
			fmt.Println(i, j)
		}()
	}
}

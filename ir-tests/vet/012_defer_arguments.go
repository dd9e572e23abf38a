package main

import "fmt"

func show(n int) {
	fmt.Println(n)
}

func main() {
	for i := 0; i < 3; i++ {
		defer show(i)
	}
	for i := 0; i < 3; i++ {
		defer func(n int) {
			fmt.Println(n)
		}(i)
	}
	for i := 0; i < 3; i++ {
		defer func(n int) {
			fmt.Println(n, i)
		}(i)
	}
}

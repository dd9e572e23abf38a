package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println("i =", i)
		}()
	}
	for j := 10; j > 0; j-- {
		defer func() { fmt.Println(j) }()
	}
	for k := 0; k < 8; k += 2 {
		defer func() { fmt.Println(k) }()
	}
}

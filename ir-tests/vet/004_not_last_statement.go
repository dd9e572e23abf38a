package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println(i)
		}()
		fmt.Println("after the defer")
	}
	for _, v := range []int{1, 2} {
		defer func() { fmt.Println(v) }()
		_ = v
	}
}

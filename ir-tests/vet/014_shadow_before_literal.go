package main

import "fmt"

func main() {
	for _, v := range []int{1, 2, 3} {
		v := v
		defer func() {
			fmt.Println(v)
		}()
	}
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println(i) }()
	}
}

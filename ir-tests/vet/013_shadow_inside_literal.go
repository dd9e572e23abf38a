package main

import "fmt"

func main() {
	for _, v := range []int{1, 2, 3} {
		defer func() {
			v := v
			fmt.Println(v)
		}()
	}
}

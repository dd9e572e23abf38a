package main

import "fmt"

func main() {
	for _, v := range []int{1, 2} {
		defer func() {
			f := func() int {
				return v * 2
			}
			fmt.Println(f(), func() int { return v }())
		}()
	}
}

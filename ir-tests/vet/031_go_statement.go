package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			fmt.Println(i)
		}()
	}
	for _, v := range []int{1, 2} {
		go func() { fmt.Println(v) }()
		fmt.Println("not last")
	}
}

package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		for _, s := range []string{"a", "b"} {
			defer func() {
				fmt.Println(i, s)
			}()
		}
	}
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			defer func() { fmt.Println(i, j) }()
		}
		fmt.Println("outer body continues")
	}
}

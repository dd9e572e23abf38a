package main

import "fmt"

func main() {
	var i int
	for i = 0; i < 2; i++ {
		for i = 0; i < 2; i++ {
			defer func() { fmt.Println(i) }()
		}
	}
	for j := 0; j < 4; j, j = j+1, j+2 {
		defer func() { fmt.Println(j) }()
	}
}

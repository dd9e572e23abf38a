package main

import "fmt"

func main() {
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			defer func() { fmt.Println("even", i) }()
		} else {
			defer func() { fmt.Println("odd", i) }()
		}
	}
}

package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			defer func() { fmt.Println("zero", i) }()
		case 1:
			defer func() { fmt.Println("one", i) }()
			fmt.Println("not last")
		default:
			fmt.Println("default")
			defer func() { fmt.Println("other", i) }()
		}
	}
}

package main

import "fmt"

func main() {
	for _, v := range []int{1, 2, 3, 4} {
		if v == 1 {
			defer func() { fmt.Println(v) }()
		} else if v == 2 {
			fmt.Println("two")
			defer func() { fmt.Println(v) }()
		} else if v == 3 {
			defer func() { fmt.Println(v) }()
			fmt.Println("three")
		} else {
			defer func() { fmt.Println(v) }()
		}
	}
}

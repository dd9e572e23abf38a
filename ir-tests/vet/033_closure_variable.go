package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		f := func() { fmt.Println(i) }
		defer f()
	}
	for i := 0; i < 3; i++ {
		func() { fmt.Println(i) }()
	}
	for i := 0; i < 3; i++ {
		defer (func() { fmt.Println(i) })()
	}
}

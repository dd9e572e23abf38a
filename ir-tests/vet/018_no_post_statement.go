package main

import "fmt"

func main() {
	for i := 0; i < 3; {
		i++
		defer func() { fmt.Println(i) }()
	}
	n := 0
	for n < 3 {
		n++
		defer func() { fmt.Println(n) }()
	}
	for {
		defer func() { fmt.Println(n) }()
		break
	}
}

package main

import "fmt"

func main() {
	f := func() int {
		unused := 5
		return 1
	}
	fmt.Println(f())
}

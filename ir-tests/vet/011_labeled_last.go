package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 5 {
			goto done
		}
	done:
		defer func() { fmt.Println(i) }()
	}
}

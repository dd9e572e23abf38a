//go:build go1.21

package main

import "fmt"

func main() {
	for _, v := range []int{1, 2} {
		defer func() { fmt.Println(v) }()
	}
}

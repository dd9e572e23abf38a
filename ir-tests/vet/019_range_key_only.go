package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	for i := range xs {
		defer func() { fmt.Println(i, xs[i]) }()
	}
	for range xs {
		defer func() { fmt.Println(len(xs)) }()
	}
	for _, s := range xs {
		defer func() { fmt.Println(s) }()
	}
}

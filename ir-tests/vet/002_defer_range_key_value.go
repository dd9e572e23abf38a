package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	for k, v := range m {
		defer func() {
			fmt.Println(k, v, k)
		}()
	}
	for i, s := range []string{"x", "y"} {
		defer func() { fmt.Println(i, s) }()
	}
}

package main

import "fmt"

func main() {
	for _, s := range []string{"a", "b"} {
		for n := 0; n < 2; n++ {
			switch {
			case n == 0:
				if s == "a" {
					defer func() { fmt.Println(s, n) }()
				}
			default:
				defer func() { fmt.Println(n, s) }()
			}
		}
	}
}

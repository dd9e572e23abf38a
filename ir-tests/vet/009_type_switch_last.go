package main

import "fmt"

func main() {
	values := []any{1, "two", 3.0}
	for _, x := range values {
		switch y := x.(type) {
		case int:
			defer func() { fmt.Println(x, y) }()
		case string:
			defer func() { fmt.Println(y, x) }()
		}
	}
}

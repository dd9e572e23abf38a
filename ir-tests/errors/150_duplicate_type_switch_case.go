package main

import "fmt"

func main() {
	var v any = 2.5
	switch v.(type) {
	case int, float64:
		fmt.Println("number")
	case string:
		fmt.Println("string")
	case float64:
		fmt.Println("float again")
	}
}

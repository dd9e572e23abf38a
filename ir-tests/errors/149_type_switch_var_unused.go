package main

import "fmt"

func describe(v any) {
	switch x := v.(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	}
}

func main() {
	describe(1)
}

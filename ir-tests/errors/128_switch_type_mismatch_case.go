package main

import "fmt"

func main() {
	code := 404
	switch code {
	case 200:
		fmt.Println("ok")
	case "404":
		fmt.Println("not found")
	}
}

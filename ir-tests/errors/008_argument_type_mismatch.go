package main

import "fmt"

func greet(name string) string {
	return "hi " + name
}

func main() {
	id := 7
	fmt.Println(greet(id))
}

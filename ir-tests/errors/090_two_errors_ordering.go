package main

import "fmt"

func later() string {
	return 1
}

func main() {
	var x int = "first in main"
	fmt.Println(x, later())
}

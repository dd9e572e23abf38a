package main

import "fmt"

type Node struct {
	Value int
	Next  Node
}

func main() {
	fmt.Println(Node{})
}

package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	head := &node{1, &node{2, nil}}
	for p := head; p != nil; p = p.next {
		defer func() { fmt.Println(p.val) }()
	}
}

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sumList(n *Node) int {
	s := 0
	for n != nil {
		s += n.Val
		n = n.Next
	}
	return s
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(sumList(list))
	fmt.Println(list.Next.Next.Val)
	fmt.Println(list.Next.Next.Next.Val)
}

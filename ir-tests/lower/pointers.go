package main

type Node struct {
	val  int
	next *Node
}

func main() {
	n := &Node{val: 1}
	n.next = &Node{val: 2}
	p := &n.val
	*p = 10
	println(n.val, n.next.val)
}

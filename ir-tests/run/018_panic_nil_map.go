package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(k string, v int) {
	r.items[k] = v
}

func main() {
	ok := Registry{items: map[string]int{}}
	ok.Add("a", 1)
	fmt.Println(ok.items)
	var bad Registry
	fmt.Println("reading nil map:", bad.items["a"])
	bad.Add("b", 2)
	fmt.Println("unreachable")
}

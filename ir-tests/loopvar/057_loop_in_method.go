package main

import "fmt"

type bag struct {
	items []string
	hooks []func() string
}

// A loop in a method with a pointer receiver; closures stored into the receiver.
func (b *bag) install() {
	for i, it := range b.items {
		b.hooks = append(b.hooks, func() string { return fmt.Sprint(i, "-", it) })
	}
	for n := 0; n < 2; n++ {
		b.hooks = append(b.hooks, func() string { return fmt.Sprint("n", n) })
	}
}

func main() {
	b := &bag{items: []string{"p", "q"}}
	b.install()
	for _, h := range b.hooks {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

type List struct{ items []string }

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

func main() {
	l := &List{[]string{"x", "y", "z"}}
	for i, s := range l.All {
		if i == 2 {
			break
		}
		fmt.Println(i, s)
	}
}

package main

import "fmt"

func process(items []string) {
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("empty item at %d", i))
		}
		fmt.Println("processing", it)
	}
}

func main() {
	defer fmt.Println("deferred in main runs before panic message")
	process([]string{"a", "b", "", "d"})
	fmt.Println("unreachable")
}

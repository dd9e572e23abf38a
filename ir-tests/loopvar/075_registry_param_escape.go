package main

import "fmt"

var registry []func() string

func register(f func() string) { registry = append(registry, f) }

// Closures passed to a function that stores them in a global.
func main() {
	for _, topic := range []string{"news", "sport"} {
		for n := 1; n <= 2; n++ {
			register(func() string { return fmt.Sprint(topic, "#", n) })
		}
	}
	for _, f := range registry {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"strings"
)

type Greeter struct{ Name string }

func (g Greeter) Greet() string { return "hello, " + g.Name }

func main() {
	names := []string{"gopher", "loopc"}
	var parts []string
	for _, n := range names {
		parts = append(parts, Greeter{n}.Greet())
	}
	fmt.Println(strings.Join(parts, "; "))
}

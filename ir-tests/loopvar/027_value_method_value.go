package main

import "fmt"

type name string

func (n name) greet() string { return "hi " + string(n) }

// A method value with a value receiver copies the receiver when evaluated: no closure
// over the variable and no address taken.
func main() {
	var fs []func() string
	for _, n := range []name{"ada", "bo"} {
		fs = append(fs, n.greet)
	}
	for _, f := range fs {
		fmt.Println(f())
	}
}

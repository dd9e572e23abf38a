package main

import "fmt"

func stubborn(yield func(string) bool) {
	for _, s := range []string{"a", "b", "c"} {
		r := yield(s)
		fmt.Println("yield returned", r)
	}
}

// p1 via return: the body returns from the function, the iterator keeps yielding.
func first() string {
	for s := range stubborn {
		return s
	}
	return ""
}

func main() {
	fmt.Println(first())
}

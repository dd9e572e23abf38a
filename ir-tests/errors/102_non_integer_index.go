package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	i := 1.0
	fmt.Println(s[i])
}

package main

import "fmt"

func main() {
	xs := []string{"a", "b", "c"}
	for i := range len(xs) - 1 {
		fmt.Println(xs[i], xs[i+1])
	}
	var j int
	for j = range 3 {
	}
	fmt.Println(j)
}

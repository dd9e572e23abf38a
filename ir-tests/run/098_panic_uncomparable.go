package main

import "fmt"

func equal(a, b any) bool {
	return a == b
}

func main() {
	fmt.Println(equal(1, 1), equal("a", "b"), equal(1, "1"), equal([2]int{1, 2}, [2]int{1, 2}))
	fmt.Println(equal(struct{ A int }{1}, struct{ A int }{1}))
	fmt.Println(equal([]int{1}, 5))
	fmt.Println(equal([]int{1}, []int{1}))
}

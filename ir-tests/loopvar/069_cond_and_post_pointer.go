package main

import "fmt"

var posts []*int

func note(p *int) int {
	posts = append(posts, p)
	return 1
}

// &i taken in the post statement: each pointer is the next iteration's variable.
func main() {
	for i := 0; i < 3; i += note(&i) {
		fmt.Print("body ", i, "; ")
	}
	fmt.Println()
	for _, p := range posts {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

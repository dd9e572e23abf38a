package main

import "fmt"

// A closure created in the post statement captures the next iteration's variable.
func main() {
	var postF, bodyF []func() int
	for i := 0; i < 3; i, postF = i+1, append(postF, func() int { return i }) {
		bodyF = append(bodyF, func() int { return i })
	}
	for _, f := range postF {
		fmt.Print(f(), " ")
	}
	fmt.Println("| post")
	for _, f := range bodyF {
		fmt.Print(f(), " ")
	}
	fmt.Println("| body")
}

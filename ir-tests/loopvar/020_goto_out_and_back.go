package main

import "fmt"

// goto out of a loop, then a backward goto that re-enters the whole loop statement
// (fresh variables from init each time).
func main() {
	var fs []func() int
	round := 0
again:
	for i := 0; i < 5; i++ {
		fs = append(fs, func() int { return i + round*10 })
		if i == round+1 {
			goto out
		}
	}
out:
	round++
	if round < 3 {
		goto again
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

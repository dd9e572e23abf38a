package main

import (
	"fmt"
	"strings"
)

// A closure passed to strings.Map inside the loop captures the loop variable; it is only
// used during the iteration, and the results are the same under both semantics.
func main() {
	for shift := 1; shift <= 3; shift++ {
		out := strings.Map(func(r rune) rune { return 'a' + (r-'a'+rune(shift))%26 }, "xyz")
		fmt.Println(shift, out)
	}
}

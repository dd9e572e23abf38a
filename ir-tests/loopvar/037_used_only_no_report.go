package main

import (
	"fmt"
	"strings"
)

// Loop variables that are only used (no closure, no address): no report, same output.
func main() {
	s := 0
	for i := 0; i < 5; i++ {
		s += i * i
	}
	var b strings.Builder
	for i, w := range []string{"a", "bb", "ccc"} {
		b.WriteString(strings.Repeat(w, i+1))
	}
	for _, r := range "xyz" {
		s += int(r)
	}
	fmt.Println(s, b.String())
}

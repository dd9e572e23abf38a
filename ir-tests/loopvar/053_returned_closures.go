package main

import (
	"fmt"
	"strings"
)

// A non-inlined function returns closures that were created in its loop (not in the
// return statement itself).
func makeAll(names []string) []func() string {
	var out []func() string
	for idx, nm := range names {
		out = append(out, func() string { return fmt.Sprintf("%d:%s", idx, strings.ToUpper(nm)) })
	}
	if len(out) > 100 {
		fmt.Println("too many")
	}
	return out
}

func main() {
	for _, f := range makeAll([]string{"go", "rust", "zig"}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

package main

import "fmt"

// `for k, v = range` assigns outer variables: nothing is per-iteration, no report,
// closures share the variables under both semantics.
func main() {
	var k int
	var v string
	var fs []func() string
	for k, v = range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var i int
	var gs []func() int
	for i = 0; i < 3; i++ {
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}

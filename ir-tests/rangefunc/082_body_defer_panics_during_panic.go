package main

import (
	"fmt"
	"slices"
)

// A body defer panics while the body's own panic is unwinding: two panic lines.
func main() {
	for v := range slices.Values([]string{"a", "b"}) {
		defer func() {
			fmt.Println("body defer for", v)
			if v == "a" {
				panic("second: defer of " + v)
			}
		}()
		if v == "b" {
			panic("first: body " + v)
		}
	}
}

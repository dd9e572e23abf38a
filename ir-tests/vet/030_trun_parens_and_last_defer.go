package main

import (
	"fmt"
	"testing"
)

func TestParens(t *testing.T) {
	for _, v := range []int{1, 2} {
		(t.Run)("parens", func(t *testing.T) {
			(t.Parallel)()
			fmt.Println(v)
		})
		t.Run("twice", func(t *testing.T) {
			t.Parallel()
			t.Parallel()
			v := v
			fmt.Println(v)
		})
		defer func() { fmt.Println(v) }()
	}
}

func main() {
	fmt.Println("main")
}

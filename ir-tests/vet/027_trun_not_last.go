package main

import (
	"fmt"
	"testing"
)

func TestNotLast(t *testing.T) {
	for i, s := range []string{"x", "y"} {
		t.Run(s, func(t *testing.T) {
			t.Parallel()
			t.Log(i, s)
		})
		fmt.Println("after the subtest")
		t.Run(s, func(t *testing.T) {
			t.Parallel()
			fmt.Println(s)
		})
		fmt.Println(i)
	}
}

func main() {
	fmt.Println("main")
}

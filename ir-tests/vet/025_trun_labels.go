package main

import (
	"fmt"
	"testing"
)

func TestLabels(t *testing.T) {
	for i := 0; i < 3; i++ {
		t.Run("a", func(t *testing.T) {
			t.Parallel()
			fmt.Println(i)
		again:
			fmt.Println(i)
			if i > 10 {
				goto again
			}
		})
		t.Run("b", func(t *testing.T) {
			fmt.Println(i)
		start:
			t.Parallel()
			fmt.Println(i)
			if i > 10 {
				goto start
			}
		})
	}
}

func main() {
	fmt.Println("main")
}

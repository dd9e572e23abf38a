package main

import (
	"fmt"
	"testing"
)

func TestNested(t *testing.T) {
	for i := 0; i < 2; i++ {
		if i >= 0 {
			t.Run("in if", func(t *testing.T) {
				t.Parallel()
				fmt.Println(i)
			})
		}
		ok := t.Run("assigned", func(t *testing.T) {
			t.Parallel()
			fmt.Println(i)
		})
		fmt.Println(ok)
	}
}

func main() {
	fmt.Println("main")
}

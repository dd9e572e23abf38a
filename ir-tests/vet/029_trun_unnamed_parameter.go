package main

import (
	"fmt"
	"testing"
)

func subtest(t *testing.T) {
	t.Parallel()
}

func TestUnnamed(t *testing.T) {
	for i := 0; i < 2; i++ {
		t.Run("unnamed", func(*testing.T) {
			fmt.Println(i)
		})
		t.Run("named function", subtest)
		t.Run("parallel in helper", func(t *testing.T) {
			subtest(t)
			fmt.Println(i)
		})
	}
}

func main() {
	fmt.Println("main")
}

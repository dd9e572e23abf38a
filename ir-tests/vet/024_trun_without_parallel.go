package main

import (
	"fmt"
	"testing"
)

func TestSequential(t *testing.T) {
	for i, name := range []string{"a", "b"} {
		t.Run(name, func(t *testing.T) {
			if i < 0 {
				t.Errorf("%s: %d", name, i)
			}
		})
	}
}

func main() {
	fmt.Println("main")
}

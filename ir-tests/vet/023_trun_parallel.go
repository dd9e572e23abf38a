package main

import (
	"fmt"
	"testing"
)

func TestParallel(t *testing.T) {
	tests := []int{0, 1, 2}
	for i, test := range tests {
		t.Run("subtest", func(t *testing.T) {
			fmt.Println(i, test)
			t.Parallel()
			fmt.Println(i, test)
			if test > i {
				t.Errorf("bad %d", test)
			}
		})
	}
}

func main() {
	fmt.Println("main")
}

package main

import (
	"fmt"
	"testing"
)

func TestOuterT(t *testing.T) {
	for _, v := range []int{1, 2} {
		t.Run("inner", func(tt *testing.T) {
			t.Parallel()
			fmt.Println(v)
		})
		t.Run("own", func(tt *testing.T) {
			tt.Parallel()
			fmt.Println(v)
		})
	}
}

func main() {
	fmt.Println("main")
}

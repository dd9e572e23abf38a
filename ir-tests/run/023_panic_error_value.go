package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("item not found")

func find(xs []string, want string) (int, error) {
	for i, x := range xs {
		if x == want {
			return i, nil
		}
	}
	return -1, fmt.Errorf("find %q: %w", want, ErrNotFound)
}

func must(i int, err error) int {
	if err != nil {
		panic(err)
	}
	return i
}

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(must(find(xs, "b")))
	fmt.Println(must(find(xs, "c")))
	fmt.Println(must(find(xs, "z")))
}

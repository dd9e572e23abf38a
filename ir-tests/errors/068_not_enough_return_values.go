package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return errors.New("empty")
	}
	return len(s), nil
}

func main() {
	fmt.Println(parse("x"))
}

package main

import (
	"errors"
	"fmt"
)

type code int

func (c code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func cleanup() {
	if r := recover(); r != nil {
		fmt.Println("recovered", r)
		panic(errors.New("while cleaning up"))
	}
}

func main() {
	defer func() {
		panic(code(7))
	}()
	defer cleanup()
	panic("first")
}

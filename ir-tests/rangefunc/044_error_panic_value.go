package main

import (
	"errors"
	"fmt"
	"slices"
)

type parseError struct{ line int }

func (e *parseError) Error() string { return fmt.Sprintf("parse error on line %d", e.line) }

// A custom error value panicked in the body and left uncaught.
func main() {
	lines := []string{"a=1", "b=2", "broken"}
	for n, l := range slices.All(lines) {
		var pe *parseError
		err := error(nil)
		if len(l) < 4 {
			err = &parseError{n + 1}
		}
		if errors.As(err, &pe) {
			fmt.Println("giving up at", pe.line)
			panic(err)
		}
		fmt.Println("parsed", l)
	}
}

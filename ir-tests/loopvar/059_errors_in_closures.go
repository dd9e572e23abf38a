package main

import (
	"errors"
	"fmt"
)

var errBad = errors.New("bad")

// Closures that build errors from the loop variable; errors.Is on the wrapped errors.
func main() {
	var checks []func() error
	for _, v := range []int{1, -2, 3, -4} {
		checks = append(checks, func() error {
			if v < 0 {
				return fmt.Errorf("value %d: %w", v, errBad)
			}
			return nil
		})
	}
	for i, c := range checks {
		err := c()
		fmt.Println(i, err, errors.Is(err, errBad))
	}
}

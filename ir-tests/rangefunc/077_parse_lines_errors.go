package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Returning an error from inside a range-over-func body over strings.Lines.
func sumLines(text string) (int, error) {
	total := 0
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		v, err := strconv.Atoi(line)
		if err != nil {
			return total, fmt.Errorf("line %d: %w", n, err)
		}
		total += v
	}
	return total, nil
}

func main() {
	fmt.Println(sumLines("1\n2\n# comment\n\n3\n"))
	t, err := sumLines("4\nfive\n6")
	fmt.Println(t, err)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
}

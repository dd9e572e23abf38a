package main

import (
	"errors"
	"fmt"
)

var ErrSyntax = errors.New("invalid syntax")
var ErrRange = errors.New("value out of range")

type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse %q: %v", e.Input, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func parseInt64(s string) (int64, error) {
	if s == "" {
		return 0, &ParseError{s, ErrSyntax}
	}
	neg := false
	i := 0
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		i = 1
		if len(s) == 1 {
			return 0, &ParseError{s, ErrSyntax}
		}
	}
	var n uint64
	const cutoff = 1 << 63
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		if c < '0' || c > '9' {
			return 0, &ParseError{s, ErrSyntax}
		}
		if n > cutoff/10 {
			return 0, &ParseError{s, ErrRange}
		}
		n = n*10 + uint64(c-'0')
		if n > cutoff {
			return 0, &ParseError{s, ErrRange}
		}
	}
	if !neg && n == cutoff {
		return 0, &ParseError{s, ErrRange}
	}
	if neg {
		return -int64(n), nil
	}
	return int64(n), nil
}

func main() {
	inputs := []string{"0", "42", "-42", "+7", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "1_000_000", "12a", "", "-", "99999999999999999999999"}
	for _, in := range inputs {
		v, err := parseInt64(in)
		switch {
		case errors.Is(err, ErrRange):
			fmt.Printf("%-26q range error: %v\n", in, err)
		case err != nil:
			fmt.Printf("%-26q syntax error: %v\n", in, err)
		default:
			fmt.Printf("%-26q = %d\n", in, v)
		}
	}
}

package main

import (
	"errors"
	"fmt"
)

var ErrPermission = errors.New("permission denied")
var ErrMissing = errors.New("missing")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func open(path string) error {
	switch path {
	case "/root":
		return &PathError{"open", path, ErrPermission}
	case "/none":
		return fmt.Errorf("lookup: %w", &PathError{"stat", path, ErrMissing})
	case "/both":
		return errors.Join(ErrPermission, ErrMissing)
	case "/multi":
		return fmt.Errorf("multi: %w and %w", ErrMissing, ErrPermission)
	}
	return nil
}

func main() {
	for _, p := range []string{"/root", "/none", "/ok", "/both", "/multi"} {
		err := open(p)
		fmt.Printf("%-6s err=%v\n", p, err)
		fmt.Println("  is perm:", errors.Is(err, ErrPermission), "is missing:", errors.Is(err, ErrMissing))
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("  as PathError:", pe.Op, pe.Path)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}
	e1 := fmt.Errorf("level1: %w", ErrMissing)
	e2 := fmt.Errorf("level2: %w", e1)
	e3 := fmt.Errorf("level3: %v", e2)
	fmt.Println(e2, "|", errors.Is(e2, ErrMissing), errors.Is(e3, ErrMissing))
	fmt.Println(errors.Unwrap(errors.Unwrap(e2)) == ErrMissing)
	fmt.Printf("%v | %s | %q\n", e1, e1, e1)
	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nilErr, nil), errors.New("x") == errors.New("x"))
}

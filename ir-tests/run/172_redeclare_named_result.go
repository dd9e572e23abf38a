package main

import (
	"errors"
	"fmt"
	"strconv"
)

type parseErr struct{ what string }

func (e *parseErr) Error() string { return "bad " + e.what }

func pair() (uint64, error) { return 7, &parseErr{"pair"} }

// err is a named result that := redeclares alongside a new variable.
func wrap(s string) (n int64, err error) {
	u, err := pair()
	if err != nil {
		err.(*parseErr).what = s
		return int64(u), err
	}
	return 0, nil
}

func main() {
	n, err := wrap("input")
	fmt.Println(n, err)
	var e2 error = errors.New("old")
	v, e2 := strconv.Atoi("12x")
	fmt.Println(v, e2)
	w, e2 := strconv.ParseInt("-300", 10, 8)
	fmt.Println(w, e2)
	var f float64
	f, x := 2.5, "s"
	fmt.Println(f, x)
}

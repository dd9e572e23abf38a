package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrTimeout = errors.New("timeout")

func query(q string) (rows int, err error) {
	if q == "slow" {
		return 0, &QueryError{q, ErrTimeout}
	}
	return len(q), nil
}

func mustQuery(q string) int {
	n, err := query(q)
	if err != nil {
		var qe *QueryError
		if errors.As(err, &qe) && errors.Is(err, ErrTimeout) {
			fmt.Println("timeout detected for", qe.Query)
		}
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(mustQuery("select"))
	fmt.Println(mustQuery("slow"))
}

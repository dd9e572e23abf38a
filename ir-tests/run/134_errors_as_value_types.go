package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Status int
	Msg    string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }

type RetryableError struct{ Err error }

func (r *RetryableError) Error() string { return "retryable: " + r.Err.Error() }
func (r *RetryableError) Unwrap() error { return r.Err }

type temporary interface{ Temporary() bool }

type netErr string

func (n netErr) Error() string   { return string(n) }
func (n netErr) Temporary() bool { return n == "conn reset" }

func fetch(url string) error {
	switch url {
	case "/404":
		return HTTPError{404, "Not Found"}
	case "/503":
		return &RetryableError{HTTPError{503, "Unavailable"}}
	case "/reset":
		return fmt.Errorf("fetch %s: %w", url, &RetryableError{netErr("conn reset")})
	case "/refused":
		return fmt.Errorf("fetch %s: %w", url, netErr("refused"))
	}
	return nil
}

func classify(err error) string {
	if err == nil {
		return "ok"
	}
	var he HTTPError
	var re *RetryableError
	var tmp temporary
	out := ""
	if errors.As(err, &re) {
		out += "[retry]"
	}
	if errors.As(err, &he) {
		out += fmt.Sprintf("[http %d]", he.Status)
	}
	if errors.As(err, &tmp) {
		out += fmt.Sprintf("[temporary=%v]", tmp.Temporary())
	}
	if errors.Is(err, HTTPError{404, "Not Found"}) {
		out += "[is404]"
	}
	return out + " " + err.Error()
}

func main() {
	for _, u := range []string{"/", "/404", "/503", "/reset", "/refused"} {
		fmt.Printf("%-9s %s\n", u, classify(fetch(u)))
	}
	joined := errors.Join(fetch("/404"), nil, fetch("/refused"))
	fmt.Println(classify(joined))
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Join(nil, nil) == nil)
}

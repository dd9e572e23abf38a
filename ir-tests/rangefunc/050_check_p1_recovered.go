package main

import (
	"fmt"
	"strings"
)

func ignoring(yield func() bool) {
	yield()
	yield()
}

// The p1 panic is a runtime.Error and can be recovered like any panic.
func try() (msg string) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		err, isErr := r.(error)
		if isErr {
			msg = err.Error()
		}
		fmt.Println("runtime error:", isRuntime, "has prefix:", strings.HasPrefix(msg, "runtime error: "))
	}()
	for range ignoring {
		break
	}
	return "no panic"
}

func main() {
	fmt.Println(try())
}

package main

import "fmt"

// defer with arguments evaluates them at defer time: no capture, no report,
// same output under both semantics.
func run() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred arg", i)
	}
	for _, s := range []string{"p", "q"} {
		defer fmt.Println("deferred string", s)
	}
}

func main() {
	run()
}

// Command check drives the runtime checks (see run.sh).
package main

import (
	"fmt"
	"os"

	"x/rt"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: check checks|print-gc|print-rt|scenario NAME")
		os.Exit(64)
	}
	switch os.Args[1] {
	case "checks":
		if !rt.RunChecks() {
			os.Exit(1)
		}
	case "print-gc":
		rt.PrintValues(false)
	case "print-rt":
		rt.PrintValues(true)
	case "scenario":
		rt.RunScenario(os.Args[2])
	}
}

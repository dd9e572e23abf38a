package main

import (
	"fmt"
	"os"
)

type Validator struct {
	errors []string
}

func (v *Validator) Check(cond bool, msg string) {
	if !cond {
		v.errors = append(v.errors, msg)
	}
}

func (v *Validator) ExitIfFailed() {
	defer fmt.Println("not printed: deferred before exit")
	if len(v.errors) > 0 {
		for i, e := range v.errors {
			fmt.Printf("error %d: %s\n", i+1, e)
		}
		fmt.Fprintf(os.Stderr, "%d validation errors\n", len(v.errors))
		os.Exit(10 + len(v.errors))
	}
}

func main() {
	defer fmt.Println("main defer not printed")
	cfg := map[string]int{"port": 80, "workers": 0, "timeout": -5}
	v := &Validator{}
	v.Check(cfg["port"] > 1024, "port must be > 1024")
	v.Check(cfg["workers"] > 0, "workers must be positive")
	v.Check(cfg["timeout"] >= 0, "timeout must be non-negative")
	v.Check(len(cfg) == 3, "exactly three keys")
	v.ExitIfFailed()
	fmt.Println("config ok")
}

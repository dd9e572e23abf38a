package main

import (
	"fmt"
	"os"
)

type exitCode int

func run() exitCode {
	defer fmt.Println("run's defer does run")
	total := 0
	for i := range 10 {
		total += i
	}
	fmt.Println("total", total)
	return exitCode(total*5 + 30)
}

func main() {
	code := run()
	fmt.Println("code", code)
	os.Exit(int(code))
}

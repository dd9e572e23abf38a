package main

import (
	"fmt"
	"os"
	"strconv"
)

func parse(args []string) (sum int, err error) {
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return 0, err
		}
		sum += n
	}
	return sum, nil
}

func main() {
	sum, err := parse([]string{"1", "2", "3"})
	fmt.Println("sum", sum, err)
	_, err = parse([]string{"4", "x5"})
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		fmt.Println("failing with 42")
		os.Exit(42)
	}
}

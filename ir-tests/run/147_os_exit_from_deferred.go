package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(7)
		}
	}()
	total := 0
	for i, v := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
		total += v
		fmt.Println("running total", i, total)
		if total > 20 {
			panic(fmt.Sprintf("total exceeded at index %d", i))
		}
	}
}

package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; ; i++ {
		fmt.Println("tick", i)
		if i == 3 {
			fmt.Println("exiting with 0")
			os.Exit(0)
		}
	}
}

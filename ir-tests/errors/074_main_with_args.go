package main

import "fmt"

func main(args []string) {
	fmt.Println(args)
}

package main

import "fmt"

func log(msg string) {
	fmt.Println(msg)
	return msg
}

func main() {
	log("x")
}

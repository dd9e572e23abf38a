package main

import "strings"

func main() {
	println("no strings here")
}

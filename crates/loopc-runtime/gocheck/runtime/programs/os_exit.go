package main

import "os"

func main() {
	defer println("not printed")
	println("exiting")
	os.Exit(3)
}

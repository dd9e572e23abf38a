package main

var x int = x

func main() {}

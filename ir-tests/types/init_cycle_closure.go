package main

var z = func() int { return z }()

func main() {}

package main

func f(a int, []int) {}

func main() {}

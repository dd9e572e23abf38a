package main

type T struct {
	a int
	t T
}

func main() {}

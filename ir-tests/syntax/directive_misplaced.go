package main

func main() {
	//go:noinline
	x := 1
	_ = x
}

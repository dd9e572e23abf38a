package main

func main() {
	x := 1__000
	_ = x
}

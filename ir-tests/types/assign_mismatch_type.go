package main

func main() {
	var s string
	x := 5
	s = x
	_ = s
}

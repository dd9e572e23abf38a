package main

func main() {
	a := 1
	b := "x"
	_ = a + b
}

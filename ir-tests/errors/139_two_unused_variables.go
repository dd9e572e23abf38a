package main

func main() {
	first := 1
	second := "two"
	third := 3.0
	_ = second
}

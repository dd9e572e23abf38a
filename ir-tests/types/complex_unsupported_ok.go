package main

func main() {
	var x int = "s" + 1
	_ = x
}

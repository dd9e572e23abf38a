package main

func main() {
	var b bool = "yes"
	_ = b
}

package main

func main() {
	x := 2
	x * 3
}

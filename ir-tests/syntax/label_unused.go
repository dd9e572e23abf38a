package main

func main() {
L:
	for i := 0; i < 2; i++ {
	}
}

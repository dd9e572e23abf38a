package main

func main() {
L:
	if true {
		break L
	}
}

package main

func main() {
	panic(float32(0.1))
}

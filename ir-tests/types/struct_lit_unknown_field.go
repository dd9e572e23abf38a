package main

type P struct{ X, Y int }

func main() {
	_ = P{X: 1, Z: 2}
}

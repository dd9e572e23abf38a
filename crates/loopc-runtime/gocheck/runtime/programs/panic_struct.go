package main

type S struct{ x int }

func main() {
	panic(S{3})
}

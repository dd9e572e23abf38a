package main

func main() {
	f := func(x int) {}
	for range f {
	}
}

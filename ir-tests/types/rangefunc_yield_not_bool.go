package main

func main() {
	f := func(yield func(int) int) {}
	for x := range f {
		_ = x
	}
}

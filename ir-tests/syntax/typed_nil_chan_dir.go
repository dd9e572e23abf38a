package main

func main() {
	x := <-chan<- int
	_ = x
}

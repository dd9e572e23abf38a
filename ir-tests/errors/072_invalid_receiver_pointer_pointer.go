package main

type T struct{}

type P *T

func (p P) M() {}

func main() {
}

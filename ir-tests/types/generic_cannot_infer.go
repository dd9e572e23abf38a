package main

func New[T any]() *T { return new(T) }

func main() {
	p := New()
	_ = p
}

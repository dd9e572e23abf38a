package main

type S struct{}

func (*S) String() string { return "stringer" }

func main() {
	panic(&S{})
}

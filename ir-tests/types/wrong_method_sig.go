package main

type I interface{ M(int) string }

type T struct{}

func (T) M(s string) string { return s }

func main() {
	var i I = T{}
	_ = i
}

package main

type T struct{ f int }

var p *T

func f() {
	defer func() {
		recover()
	}()
	println(p.f)
}

func main() {
	f()
	panic("x")
}

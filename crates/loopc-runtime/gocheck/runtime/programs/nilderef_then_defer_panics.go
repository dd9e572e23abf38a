package main

type T struct{ f int }

var p *T

func main() {
	defer func() {
		panic("second")
	}()
	println(p.f)
}

package main

type T struct{ f int }

var p *T

func main() {
	println(p.f)
}

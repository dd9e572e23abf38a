package main

type I interface{ M() }

func (i I) Other() {}

func main() {
}

package main

type Setter interface{ Set(int) }

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }

func main() {
	b := &Box{}
	var s Setter = b
	s.Set(4)
	println(b.v)
}

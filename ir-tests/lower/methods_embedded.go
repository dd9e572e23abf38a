package main

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Derived struct {
	Base
	name string
}

func main() {
	var d Derived
	d.SetID(7)
	println(d.ID(), d.id)
}

package main

type Celsius int

func (c Celsius) Value() int { return int(c) }

type Valuer interface{ Value() int }

func main() {
	var v Valuer = Celsius(21)
	println(v.Value())
}

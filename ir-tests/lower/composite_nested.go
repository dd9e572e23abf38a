package main

type Pt struct{ X, Y int }

func main() {
	ps := []Pt{{1, 2}, {3, 4}}
	m := map[string][]int{"a": {1}}
	arr := [...]int{2: 5}
	pp := []*Pt{{5, 6}}
	println(ps[1].Y, len(m["a"]), len(arr), pp[0].X)
}

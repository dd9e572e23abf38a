package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	s := []int{1, 2, 3}
	var nilS []int
	e := []int{}
	fmt.Printf("%v %v %v %d %#v %#v %#v\n", s, nilS, e, s, s, nilS, e)
	fmt.Printf("%T %T %v %v\n", s, nilS, nilS == nil, len(e))
	strs := []string{"a b", "", "c\"d"}
	fmt.Printf("%v|%q|%#v|%s|%x\n", strs, strs, strs, strs, strs)
	m := map[string]int{"beta": 2, "alpha": 1, "gamma": 3}
	fmt.Printf("%v|%+v|%#v|%T\n", m, m, m, m)
	var nm map[string]bool
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	mi := map[int]string{3: "c", -1: "z", 10: "j", 0: "o"}
	fmt.Println(mi)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mf := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(mf)
	mc := map[Color][]Color{2: {0, 1}, 0: {2}}
	fmt.Printf("%v %d\n", mc, mc)
	arr := [3]bool{true}
	fmt.Printf("%v %#v %T\n", arr, arr, arr)
	nest := [][]string{{"x"}, {}, nil, {"y", "z"}}
	fmt.Printf("%v %q %#v\n", nest, nest, nest)
	mm := map[string]map[string]int{"o": {"b": 2, "a": 1}}
	fmt.Printf("%v %#v\n", mm, mm)
	bs := []byte("hey")
	fmt.Printf("%v %s %q %x %X %#v\n", bs, bs, bs, bs, bs, bs)
	var iface []any = []any{1, "two", 3.0, nil, []int{4}, Color(1), map[string]any{"k": nil}}
	fmt.Printf("%v\n%#v\n%+v\n", iface, iface, iface)
	fmt.Printf("%6.2f|%v\n", []float64{1, 2.345}, []float64{1, 2.345})
	fmt.Printf("%s %v %d\n", []Color{0, 1, 2}, []Color{2}, []Color{1})
	type kv struct {
		k string
		v []int
	}
	fmt.Printf("%v %+v\n", []kv{{"a", []int{1}}}, map[string]kv{"x": {"b", nil}})
}

package main

import (
	"fmt"
)

type ValS struct{ n int }

func (v ValS) String() string { return fmt.Sprintf("ValS<%d>", v.n) }

type PtrS struct{ n int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.n) }

type ValE struct{ code int }

func (e ValE) Error() string { return fmt.Sprintf("ValE code %d", e.code) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Wrapper struct {
	V ValS
	P PtrS
	Q *PtrS
}

type GoStr struct{ x int }

func (g GoStr) GoString() string { return "GoStr!" }
func (g GoStr) String() string   { return "gostr" }

func main() {
	v := ValS{1}
	p := PtrS{2}
	fmt.Println(v, &v, p, &p)
	fmt.Printf("%v %v %s %d\n", v, &p, v, v)
	fmt.Printf("%+v %#v\n", v, v)
	fmt.Println([]ValS{{3}, {4}}, []*PtrS{{5}}, []PtrS{{6}})
	fmt.Println(ValE{7}, Both{})
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	w := Wrapper{v, p, &p}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Println(map[string]ValS{"k": {8}}, map[ValS]int{{9}: 1})
	var s fmt.Stringer = &p
	fmt.Println(s, s.String())
	var e error = ValE{10}
	fmt.Printf("%v|%s|%x\n", e, e, e)
	g := GoStr{1}
	fmt.Printf("%v %#v %s\n", g, g, g)
	fmt.Println(fmt.Sprint(v, p), fmt.Sprint(&v, 1))
	var np *PtrS
	fmt.Println(np == nil)
}

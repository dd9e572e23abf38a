package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

type Wrapper struct {
	V   Version
	PV  *Version
	Err error
}

func main() {
	var err error
	fmt.Printf("%v|%+v|%#v|%T\n", err, err, err, err)
	fmt.Println(err)
	var a any
	fmt.Printf("%v|%d|%s|%T\n", a, a, a, a)
	err = errors.New("plain")
	fmt.Printf("%v|%s|%q|%x|%T\n", err, err, err, err, err)
	err = &NotFound{"file"}
	fmt.Printf("%v|%s|%+v|%T\n", err, err, err, err)
	fmt.Println(err)
	v := Version{1, 22}
	fmt.Printf("%v|%s|%+v|%#v|%d|%q\n", v, v, v, v, v, v)
	pv := &v
	fmt.Printf("%v|%s\n", pv, pv)
	w := Wrapper{V: v, PV: pv, Err: errors.New("e")}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Version{{1, 0}, {2, 3}}, map[string]Version{"go": {1, 27}})
	fmt.Println([]error{errors.New("a"), nil, &NotFound{"b"}})
	var np *Version
	fmt.Printf("%v|%s|%+v\n", np, np, np)
	var nf *NotFound
	fmt.Printf("%v|%d\n", nf == nil, []*Version{nil})
	fmt.Printf("%s|%v|%d\n", nil, nil, nil)
	fmt.Printf("%!|%z|%d\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%s %d\n", 5, "x")
	fmt.Printf("%t %t\n", 1, "true")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint())
	fmt.Print("a", "b", 1, 2, true, "\n")
}

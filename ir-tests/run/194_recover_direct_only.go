package main

import (
	"errors"
	"fmt"
)

// recover stops a panic only when the deferred function calls it directly: not from a
// function the deferred function calls, not as `defer recover()`. The deferred function
// may be a literal, a declared function, a method, take arguments, or be reached through a
// func value or an interface (the compiler's wrappers in between do not count).

type guard struct{ name string }

func (g guard) catch(out *string) {
	if r := recover(); r != nil {
		*out = g.name + " caught " + fmt.Sprint(r)
	}
}

func helper() any { return recover() }

func catchWith(out *string, tag string) {
	if r := recover(); r != nil {
		*out = tag + ": " + fmt.Sprint(r)
	}
}

func viaHelper() (res string) {
	defer func() {
		if r := helper(); r != nil {
			res = "helper recovered (unexpected)"
		}
	}()
	defer func() {
		res = fmt.Sprint("direct after helper: ", recover())
	}()
	panic("one")
}

func deferRecoverItself() (res string) {
	defer func() {
		res = fmt.Sprint("outer: ", recover())
	}()
	defer recover()
	panic("two")
}

func method() (res string) {
	defer guard{"g"}.catch(&res)
	panic("three")
}

func withArgs() (res string) {
	defer catchWith(&res, "args")
	panic(errors.New("four"))
}

func nestedLiteral() (res string) {
	defer func() {
		inner := func() any { return recover() }
		if inner() == nil {
			res = "inner literal got nil"
		}
		if r := recover(); r != nil {
			res += fmt.Sprint("; outer got ", r)
		}
	}()
	panic("five")
}

type catcher interface{ catch(out *string) }

func viaFuncValue() (res string) {
	f := catchWith
	defer f(&res, "func value")
	panic("six")
}

func viaInterface() (res string) {
	var c catcher = guard{"iface"}
	defer c.catch(&res)
	panic("seven")
}

func main() {
	fmt.Println(viaHelper())
	fmt.Println(deferRecoverItself())
	fmt.Println(method())
	fmt.Println(withArgs())
	fmt.Println(nestedLiteral())
	fmt.Println(viaFuncValue())
	fmt.Println(viaInterface())
	fmt.Println(recover())
}

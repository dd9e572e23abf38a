package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func safe(f func()) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case error:
			msg = "recovered error: " + v.Error()
		default:
			msg = fmt.Sprintf("recovered %T: %v", v, v)
		}
	}()
	f()
	return "no panic"
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safe(func() { panic("a string") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(2.5) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(&MyErr{7}) }))
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(safe(func() {
		var p *MyErr
		_ = p.Code
	}))
	fmt.Println(safe(func() {
		var x any = "s"
		_ = x.(int)
	}))
	fmt.Println(divide(10, 3))
	fmt.Println(divide(1, 0))
	r := func() (r any) {
		defer func() { r = recover() }()
		panic(fmt.Sprintf("%d-%d", 1, 2))
	}()
	fmt.Println(r)
	fmt.Println(recover())
}

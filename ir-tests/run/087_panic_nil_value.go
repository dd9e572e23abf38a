package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("recovered %v (error: %v)\n", r, isErr)
	}()
	f()
}

func main() {
	try(func() { panic(nil) })
	try(func() { panic("not nil") })
	var err error
	try(func() { panic(err) })
	fmt.Println("now uncaught")
	panic(nil)
}

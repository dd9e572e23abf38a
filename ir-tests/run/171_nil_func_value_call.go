package main

import "fmt"

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var f func()
	defer f()
	fmt.Println("body runs first")
	return nil
}

func main() {
	fmt.Println(run())
	var g func(int) int
	fmt.Println(g(1))
}

package main

import "fmt"

func deferOrder() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func deferArgsEvaluated() {
	x := 1
	defer fmt.Println("defer sees x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

func namedResult() (result int) {
	defer func() { result *= 2 }()
	defer func() { result += 10 }()
	return 5
}

type tracer struct{ name string }

func (t tracer) done() { fmt.Println("done", t.name) }

func trace(name string) tracer {
	fmt.Println("enter", name)
	return tracer{name}
}

func nested() {
	defer trace("nested").done()
	fmt.Println("in nested body")
	func() {
		defer fmt.Println("inner defer")
		fmt.Println("inner body")
	}()
}

func main() {
	deferOrder()
	deferArgsEvaluated()
	fmt.Println("namedResult:", namedResult())
	nested()
	defer fmt.Println("main exits")
	fmt.Println("main body end")
}

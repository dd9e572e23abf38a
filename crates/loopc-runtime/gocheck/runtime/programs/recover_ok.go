package main

func f() (r int) {
	defer func() {
		v := recover()
		println("recovered", v.(string))
		r = 7
	}()
	panic("oops")
}

func main() {
	println("f returned", f())
	println("recover outside", recover() == nil)
}

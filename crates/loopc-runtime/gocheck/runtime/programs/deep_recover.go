package main

func g() {
	defer println("g defer")
	panic("deep")
}

func f() {
	defer func() {
		println("f recovers", recover().(string))
	}()
	g()
	println("not reached")
}

func main() {
	f()
	println("main continues")
	panic("again")
}

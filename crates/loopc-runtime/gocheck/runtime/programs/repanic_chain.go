package main

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	defer func() {
		panic("middle")
	}()
	panic("first")
}

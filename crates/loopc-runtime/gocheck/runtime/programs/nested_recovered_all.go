package main

func main() {
	defer func() {
		println("outer recovers", recover().(string))
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

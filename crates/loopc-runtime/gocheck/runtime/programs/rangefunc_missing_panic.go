package main

func main() {
	it := func(yield func(int) bool) {
		defer func() {
			recover()
		}()
		yield(1)
	}
	for x := range it {
		panic(x)
	}
}

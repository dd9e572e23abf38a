package main

var saved func(int) bool

func main() {
	it := func(yield func(int) bool) {
		saved = yield
		yield(1)
	}
	for x := range it {
		println(x)
	}
	saved(5)
}

package main

func main() {
	it := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range it {
		println(x)
		break
	}
}

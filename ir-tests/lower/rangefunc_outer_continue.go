package main

func seq(yield func(int) bool) {
	_ = yield(1) && yield(2)
}

func main() {
	n := 0
outer:
	for i := 0; i < 2; i++ {
		for x := range seq {
			if x == 2 {
				continue outer
			}
			n += x
		}
	}
	println(n)
}

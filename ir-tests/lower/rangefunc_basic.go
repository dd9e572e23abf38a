package main

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	sum := 0
	for x := range seq {
		sum += x
	}
	println(sum)
}

package main

func seq(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func find(t int) int {
	for x := range seq {
		if x == t {
			return x * 10
		}
		if x > 3 {
			break
		}
	}
	return -1
}

func main() {
	println(find(2))
}

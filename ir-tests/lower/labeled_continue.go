package main

func main() {
	n := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == i {
				continue outer
			}
			if j > 1 {
				break outer
			}
			n++
		}
	}
	println(n)
}

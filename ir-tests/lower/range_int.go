package main

func main() {
	s := 0
	for i := range 5 {
		s += i
	}
	println(s)
}

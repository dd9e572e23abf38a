package main

func main() {
	var x any = 3
	n := x.(int)
	s, ok := x.(string)
	println(n, s, ok)
}

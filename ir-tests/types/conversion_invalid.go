package main

func main() {
	s := "abc"
	_ = int(s)
}

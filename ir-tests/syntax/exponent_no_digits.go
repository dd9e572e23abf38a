package main

func main() {
	f := 1e+
	_ = f
}

package main

func main() {
	defer println("d1")
	defer func() {
		println("d2")
	}()
	defer println("d3")
	panic("p")
}

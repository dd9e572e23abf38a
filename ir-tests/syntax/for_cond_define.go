package main

func main() {
	for i := 0; j := i; i++ {
	}
}

package main

func main() {
	panic([]int{1})
}

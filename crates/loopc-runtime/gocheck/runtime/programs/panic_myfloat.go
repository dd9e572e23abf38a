package main

type MyFloat float64

func main() {
	panic(MyFloat(2.5))
}

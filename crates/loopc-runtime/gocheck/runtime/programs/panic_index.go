package main

var s = []int{1, 2, 3}
var i = 5

func main() {
	println(s[i])
}

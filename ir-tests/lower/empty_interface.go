package main

func main() {
	var x any = 42
	var y interface{} = "s"
	println(x == y, x != nil)
}

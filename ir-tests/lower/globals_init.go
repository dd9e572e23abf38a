package main

var (
	counter = 10
	names   = []string{"a", "b"}
)

func init() {
	counter++
}

func main() {
	println(counter, len(names))
}

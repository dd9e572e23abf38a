package main

func main() {
	p := new(int)
	*p = 3
	q := new([2]string)
	q[1] = "x"
	println(*p, q[1])
}

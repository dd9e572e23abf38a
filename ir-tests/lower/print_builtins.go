package main

func main() {
	var p *int
	print(1, true, 2.5, "s", p)
	println(-3, uint8(200), []int(nil))
}

package main

func classify(x int) int {
	switch x {
	case 1, 2:
		return 10
	case 3:
		fallthrough
	case 4:
		return 20
	default:
		return 0
	}
}

func main() {
	println(classify(3))
}

package main

type Stringer interface{ String() string }

func kind(x any) int {
	switch v := x.(type) {
	case nil:
		return 0
	case int:
		return v
	case string, bool:
		return 2
	case Stringer:
		return 3
	default:
		return -1
	}
}

func main() {
	println(kind(5), kind("a"))
}

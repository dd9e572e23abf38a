package main

func f(s string) int {
	switch s {
	case "a":
		return 1
	case "b", "c":
		return 2
	}
	return 0
}

func main() {
	println(f("c"))
}

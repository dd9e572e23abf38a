package main

func total(m map[string]int) int {
	t := 0
	for k, v := range m {
		t += len(k) + v
	}
	return t
}

func main() {
	println(total(map[string]int{"a": 1, "bb": 2}))
}

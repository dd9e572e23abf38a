package main

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["a"] += 2
	v, ok := m["b"]
	delete(m, "a")
	println(len(m), v, ok, m["a"])
}

package main

type P struct{ a, b int }

func main() {
	m := map[int]P{1: {2, 3}}
	clear(m)
	println(len(m))
}

package main

func count(s string) int {
	n := 0
	for i, r := range s {
		if r > 127 {
			n += i
		}
	}
	return n
}

func main() {
	println(count("aé€"))
}

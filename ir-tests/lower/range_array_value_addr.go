package main

func main() {
	var ps []*int
	for _, v := range [3]int{10, 20, 30} {
		ps = append(ps, &v)
	}
	println(*ps[0], *ps[2])
}

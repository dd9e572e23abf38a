package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [...]int{1, 2, 3, 4, 5}
	s := a[1:3:4]
	fmt.Println(len(s), cap(s), s, a[:], a[2:], a[:2], a[:2:3])
	grid := [][]int{{1, 2}, {3}, {}}
	fmt.Println(grid, len(grid[2]))
	ps := []*P{{1, 2}, {X: 3}}
	fmt.Println(*ps[0], *ps[1])
	m := map[string][]P{"a": {{1, 1}}, "b": nil}
	fmt.Println(len(m["a"]), m["b"] == nil)
	mp := map[P]string{{1, 2}: "one-two"}
	fmt.Println(mp[P{1, 2}])
	arr := [2][2]int{{1}, {2, 3}}
	fmt.Println(arr)
	idx := map[int]int{5: 1, 7: 2}
	fmt.Println(idx[5]+idx[7], [...]string{2: "c", 0: "a"})
	b := []byte("hello")[1:4]
	fmt.Println(string(b))
}

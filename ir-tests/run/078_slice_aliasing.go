package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a))
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	fmt.Println(d, e)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t, len(t))
	u := s[2:5:6]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100)
	u = append(u, 200)
	fmt.Println(s, u)
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(s[1:], s)
	fmt.Println(n, s)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))
	var nilSlice []string
	nilSlice = append(nilSlice, "x")
	fmt.Println(nilSlice, len(nilSlice))
	grow := []int{}
	caps := []int{}
	last := -1
	for i := range 20 {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(grow), caps[0] >= 1)
	m2 := [][]int{{1, 2}, {3}}
	row := m2[0]
	row[0] = 99
	fmt.Println(m2)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl[0] = 20
	sl = append(sl, 40)
	fmt.Println(arr, sl)
	full := arr[:]
	clear(full[3:])
	fmt.Println(arr)
	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:8], len(str[:0]))
	p := &arr
	fmt.Println(p[4], len(p), p[1:2])
	x := s[len(s):]
	fmt.Println(x, len(x), x == nil)
}

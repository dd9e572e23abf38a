package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, i int) int {
	trace = append(trace, "idx:"+name)
	return i
}

func main() {
	a := []int{0, 0, 0}
	a[idx("L", 0)], a[idx("R", 1)] = t("x", 10), t("y", 20)
	fmt.Println(a, trace)
	trace = nil
	fmt.Println(t("p", 1)+t("q", 2)*t("r", 3), trace)
	trace = nil
	i := 0
	i, a[i] = 1, 99
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	s := []int{1, 2, 3}
	j := 0
	j, s[j] = s[2], j+100
	fmt.Println(j, s)
	m := map[string]int{}
	m["k"], m["k"] = 1, 2
	fmt.Println(m)
	f := func() (int, int) { trace = append(trace, "f"); return 7, 8 }
	var p, q int
	p, q = f()
	fmt.Println(p, q, trace)
	trace = nil
	arr := [3]int{}
	k := 0
	for k = range arr {
		arr[k] = t(fmt.Sprint("e", k), k*k)
	}
	fmt.Println(arr, k, trace)
	var ptr *int = &arr[1]
	*ptr, arr[1] = 50, 60
	fmt.Println(arr)
	fmt.Println(fmt.Sprint(t("a1", 1)), fmt.Sprint(t("a2", 2)), trace[len(trace)-2:])
}

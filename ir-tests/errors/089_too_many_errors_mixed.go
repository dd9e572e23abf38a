package main

import "fmt"

func main() {
	var a int = "one"
	var b string = 2
	c := undefinedFn()
	d := 1 + "x"
	var e bool = 3.5
	f := len(7)
	g := []int{1} == []int{1}
	var h uint8 = 256
	i := nil
	j := missing.Field
	k := 1 / 0
	fmt.Println(a, b, c, d, e, f, g, h, i, j, k)
}

package main

import "fmt"

func greet(name string) string {
	return "Hello, " + name + "!"
}

func main() {
	fmt.Println(greet("world"))
	x := 42
	y := 7
	fmt.Println("sum:", x+y, "diff:", x-y, "prod:", x*y, "quot:", x/y, "rem:", x%y)
	var s string
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println("digits:", s)
	b := x > y && y != 0
	fmt.Println("bool:", b, !b)
	fmt.Printf("%d %s %v\n", x, "str", []int{1, 2, 3})
	var f float64 = 2.5
	fmt.Println(f*2, f/2, f-0.5)
	names := []string{"ann", "bob", "cy"}
	for i, n := range names {
		fmt.Println(i, greet(n))
	}
}

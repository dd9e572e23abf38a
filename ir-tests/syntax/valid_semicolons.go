package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	x := 1 +
		2 *
			3
	y := []int{
		1,
		2,
	}
	z := x /* a block comment
	spanning lines acts as a newline */
	z++
	fmt.Println(x, y, z); fmt.Println("two statements on one line")
	a, b := pair()
	fmt.Println(
		a,
		b,
	)
	f := func() int {
		return 7
	}
	if v := f(); v > 5 { fmt.Println("big", v) } else { fmt.Println("small") }
	for i := 0; i < 2; i++ { fmt.Print(i, ";") }
	fmt.Println()
	;;
	var (
		p = 1
		q = p + 1
	)
	fmt.Println(p, q)
}

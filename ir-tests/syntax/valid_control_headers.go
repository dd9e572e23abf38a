package main

import "fmt"

func f() int { return 4 }

func main() {
	if x := f(); x > 3 {
		fmt.Println("x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("y", y)
	} else {
		fmt.Println("neither")
	}
	switch x := f(); {
	case x > 3:
		fmt.Println("tagless with init")
		fallthrough
	case x > 100:
		fmt.Println("fell through")
	default:
		fmt.Println("default")
	}
	switch f() {
	case 1, 2, 3:
	case 4:
		fmt.Println("four")
	}
	i := 0
	for i < 3 {
		i++
	}
	for {
		i--
		if i == 0 {
			break
		}
	}
	for range 2 {
		fmt.Println("range over int")
	}
	for j := range 3 {
		fmt.Print(j)
	}
	fmt.Println()
	var k int
	for k = range []string{"a", "b"} {
	}
	fmt.Println("k", k)
	for ; i < 2; i++ {
	}
	for i := 0; i < 2; {
		i++
	}
	fmt.Println("i", i)
}

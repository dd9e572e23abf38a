package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println("n", n)
	goto done
done:
	fmt.Println("done")
sw:
	switch {
	case n == 3:
		for {
			break sw
		}
	}
	{
	inner:
		for range 2 {
			break inner
		}
	}
	fmt.Println("end")
}

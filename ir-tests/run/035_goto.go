package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func collatz(n int) int {
	steps := 0
start:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto start
done:
	return steps
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(100, 75))
	for _, n := range []int{1, 6, 7, 27} {
		fmt.Printf("collatz(%d) = %d\n", n, collatz(n))
	}
	i := 0
again:
	i++
	if i < 5 {
		fmt.Print(i, ";")
		goto again
	}
	fmt.Println()
	goto skip
skip:
	fmt.Println("after skip")
}

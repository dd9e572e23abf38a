package main

import "fmt"

func digitsSum(n, base int) int {
	s := 0
	for n > 0 {
		s += n % base
		n /= base
	}
	return s
}

func main() {
	for _, b := range []int{10, 2, 16, 7} {
		fmt.Printf("digitsSum(12345, %d) = %d\n", b, digitsSum(12345, b))
	}
	defer fmt.Println("deferred before crash")
	var bases []int
	bases = append(bases, 0)
	fmt.Println(12345 % bases[0])
}

package main

import "fmt"

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func upperBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if a[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= n && mid <= 1<<32-1 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	a := []int{1, 2, 2, 2, 5, 7, 7, 9, 12}
	for _, x := range []int{0, 1, 2, 3, 7, 12, 13} {
		lb, ub := lowerBound(a, x), upperBound(a, x)
		fmt.Printf("x=%2d lower=%d upper=%d count=%d\n", x, lb, ub, ub-lb)
	}
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 1<<64 - 1} {
		fmt.Println(n, isqrt(n))
	}
}

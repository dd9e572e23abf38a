package main

import (
	"cmp"
	"fmt"
)

func partition[T cmp.Ordered](a []T, lo, hi int) int {
	pivot := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	return i
}

func quickSort[T cmp.Ordered](a []T, lo, hi int) {
	if lo >= hi {
		return
	}
	p := partition(a, lo, hi)
	quickSort(a, lo, p-1)
	quickSort(a, p+1, hi)
}

func Sort[T cmp.Ordered](a []T) {
	quickSort(a, 0, len(a)-1)
}

func main() {
	ints := []int{9, 4, 7, 1, 8, 2, 2, 6, 0, -5}
	Sort(ints)
	fmt.Println(ints)
	strs := []string{"pear", "apple", "fig", "banana", "cherry", "Apple"}
	Sort(strs)
	fmt.Println(strs)
	fmt.Printf("%q\n", strs)
	floats := []float64{3.14, -1.5, 2.71, 0, 1e10, -1e-3}
	Sort(floats)
	fmt.Println(floats)
	bytes := []byte("quicksort")
	Sort(bytes)
	fmt.Println(string(bytes), bytes)
	var u8 = []uint8{200, 100, 255, 0}
	Sort(u8)
	fmt.Printf("%v %T\n", u8, u8)
}

package main

import "fmt"

func bubbleSort(a []int) int {
	swaps := 0
	n := len(a)
	for {
		swapped := false
		for i := 1; i < n; i++ {
			if a[i-1] > a[i] {
				a[i-1], a[i] = a[i], a[i-1]
				swapped = true
				swaps++
			}
		}
		n--
		if !swapped {
			break
		}
	}
	return swaps
}

func main() {
	data := []int{64, 34, 25, 12, 22, 11, 90, 5, -3, 0}
	fmt.Println("before:", data)
	n := bubbleSort(data)
	fmt.Println("after: ", data)
	fmt.Println("swaps:", n)
	sorted := []int{1, 2, 3}
	fmt.Println("swaps on sorted:", bubbleSort(sorted))
	empty := []int{}
	fmt.Println("swaps on empty:", bubbleSort(empty), empty, len(empty))
	rev := make([]int, 8)
	for i := range rev {
		rev[i] = 8 - i
	}
	fmt.Println(bubbleSort(rev), rev)
}

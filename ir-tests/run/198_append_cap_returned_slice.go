package main

import "fmt"

// Two gc optimisations cap() shows that loopc does not do yet:
//   - a slice whose backing store escapes only by being returned: gc appends into a stack
//     buffer walking up the size classes (growsliceBuf) and moves the slice to the heap at
//     the return (move2heap), so cap() grows 1 2 3 4 8 ... instead of growslice's 1 2 4 4 8;
//   - []byte(s) that is never written and does not escape shares s's bytes (zero-copy
//     conversion): its cap is its length.

func returned(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	return s
}

func readOnly(s string) int {
	b := []byte(s)
	n := 0
	for _, c := range b {
		if c == 'o' {
			n++
		}
	}
	return n*1000 + cap(b)
}

func main() {
	t := returned(10)
	fmt.Println(len(t), cap(t), t)
	fmt.Println(readOnly("loop"), readOnly("a string longer than thirty-two bytes"))
}

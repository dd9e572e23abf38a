package main

import "fmt"

func search(matrix [][]int, target int) (pos [2]int, steps int) {
	pos = [2]int{-1, -1}
	r, c := 0, len(matrix[0])-1
	for r < len(matrix) && c >= 0 {
		steps++
		switch v := matrix[r][c]; {
		case v == target:
			pos = [2]int{r, c}
			return
		case v > target:
			c--
		default:
			r++
		}
	}
	return
}

func firstDuplicate(rows [][]string) (string, bool) {
	seen := map[string]bool{}
	var dup string
rows:
	for _, row := range rows {
		for _, s := range row {
			if s == "" {
				continue rows
			}
			if seen[s] {
				dup = s
				goto found
			}
			seen[s] = true
		}
	}
	return "", false
found:
	return dup, true
}

func retry(attempts int, f func(int) bool) int {
	i := 0
retry:
	i++
	if !f(i) && i < attempts {
		goto retry
	}
	return i
}

func main() {
	m := [][]int{{1, 4, 7, 11}, {2, 5, 8, 12}, {3, 6, 9, 16}, {10, 13, 14, 17}}
	for _, t := range []int{5, 17, 1, 15} {
		p, s := search(m, t)
		fmt.Println(t, p, s)
	}
	fmt.Println(firstDuplicate([][]string{{"a", "b"}, {"", "a"}, {"c", "b"}}))
	fmt.Println(firstDuplicate([][]string{{"x"}, {"y"}}))
	fmt.Println(retry(5, func(i int) bool { return i == 3 }))
	fmt.Println(retry(5, func(i int) bool { return false }))
	var out []int
outer:
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue outer
		case i == 4:
			break outer
		}
		for j := 0; ; j++ {
			if j > i {
				continue outer
			}
			out = append(out, i*10+j)
		}
	}
	fmt.Println(out)
	k := 0
	for k < 100 {
		k += 7
		if k%5 == 0 {
			break
		}
	}
	fmt.Println(k)
}

package main

import "fmt"

func spiral(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	top, bot, left, right := 0, n-1, 0, n-1
	v := 1
	for top <= bot && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = v
			v++
		}
		top++
		for r := top; r <= bot; r++ {
			m[r][right] = v
			v++
		}
		right--
		for c := right; c >= left && top <= bot; c-- {
			m[bot][c] = v
			v++
		}
		bot--
		for r := bot; r >= top && left <= right; r-- {
			m[r][left] = v
			v++
		}
		left++
	}
	return m
}

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func pascal(n int) [][]int {
	rows := [][]int{}
	for i := 0; i < n; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	for _, row := range spiral(5) {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	fmt.Println(transpose([][]int{{1, 2, 3}, {4, 5, 6}}))
	for _, r := range pascal(8) {
		fmt.Println(r)
	}
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1], board[0][2], board[2][0] = 'X', 'O', 'X'
	for _, r := range board {
		fmt.Println(string(r[:]))
	}
	var cube [2][2][2]int
	n := 0
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				n++
				cube[i][j][k] = n
			}
		}
	}
	fmt.Println(cube, len(cube[1][1]))
}

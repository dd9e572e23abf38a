package main

import "fmt"

type Board struct {
	cells [3][3]byte
	moves int
}

func (b *Board) Place(r, c int, who byte) {
	b.cells[r][c] = who
	b.moves++
}

func (b *Board) String() string {
	s := ""
	for _, row := range b.cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	b := &Board{}
	moves := [][2]int{{0, 0}, {1, 1}, {2, 2}, {0, 2}, {3, 1}}
	for i, m := range moves {
		who := byte('X')
		if i%2 == 1 {
			who = 'O'
		}
		defer fmt.Println("deferred move", i)
		b.Place(m[0], m[1], who)
		fmt.Print(b, "--\n")
	}
}

package main

import (
	"fmt"
	"strings"
)

type Move struct{ Disk, From, To int }

func hanoi(n, from, to, via int, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{n, from, to})
	hanoi(n-1, via, to, from, moves)
}

func ackermann(m, n uint64) uint64 {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func render(pegs [3][]int, n int) string {
	var b strings.Builder
	for level := n - 1; level >= 0; level-- {
		for _, p := range pegs {
			if level < len(p) {
				w := p[level]
				b.WriteString(strings.Repeat(" ", n-w) + strings.Repeat("=", 2*w) + strings.Repeat(" ", n-w))
			} else {
				b.WriteString(strings.Repeat(" ", n) + "||"[:0] + strings.Repeat(" ", n))
			}
			b.WriteString(" ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	var moves []Move
	hanoi(3, 0, 2, 1, &moves)
	fmt.Println(len(moves), moves)
	pegs := [3][]int{{3, 2, 1}, {}, {}}
	for i, m := range moves {
		d := pegs[m.From][len(pegs[m.From])-1]
		pegs[m.From] = pegs[m.From][:len(pegs[m.From])-1]
		pegs[m.To] = append(pegs[m.To], d)
		if i%3 == 2 {
			fmt.Printf("after move %d:\n%s", i+1, render(pegs, 3))
		}
	}
	for n := 1; n <= 10; n++ {
		moves = moves[:0]
		hanoi(n, 0, 2, 1, &moves)
		fmt.Print(len(moves), " ")
	}
	fmt.Println()
	for m := uint64(0); m <= 3; m++ {
		for n := uint64(0); n <= 4; n++ {
			fmt.Printf("%4d", ackermann(m, n))
		}
		fmt.Println()
	}
}

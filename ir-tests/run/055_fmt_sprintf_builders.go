package main

import (
	"fmt"
	"os"
	"strings"
)

type Matrix [][]float64

func (m Matrix) String() string {
	var b strings.Builder
	for i, row := range m {
		if i > 0 {
			b.WriteString("\n")
		}
		for j, v := range row {
			if j > 0 {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%6.2f", v)
		}
	}
	return b.String()
}

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	n, p, q := len(a), len(b), len(b[0])
	out := make(Matrix, n)
	for i := 0; i < n; i++ {
		out[i] = make([]float64, q)
		for j := 0; j < q; j++ {
			for k := 0; k < p; k++ {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{0.5, -1, 2}, {1.5, 0, -0.25}}
	fmt.Println(identity(3))
	fmt.Println(mul(a, b))
	fmt.Printf("%v\n", mul(b, a))
	fmt.Fprintln(os.Stdout, "to stdout via Fprintln")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 10)
	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	s := fmt.Sprintf("%s", a)
	fmt.Println(len(s), strings.Count(s, "\n"))
	line := fmt.Sprintln("a", "b")
	fmt.Printf("%q\n", line)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d%d\n", 12, 34)
	fmt.Println(n)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2), fmt.Sprint(1.5, 2.5))
}

package main

import (
	"errors"
	"fmt"
)

var ErrSingular = errors.New("matrix is singular")

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func solve(a [][]float64, b []float64) ([]float64, error) {
	n := len(a)
	m := make([][]float64, n)
	for i := range a {
		m[i] = append(append([]float64{}, a[i]...), b[i])
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if abs(m[r][col]) > abs(m[piv][col]) {
				piv = r
			}
		}
		if abs(m[piv][col]) < 1e-12 {
			return nil, ErrSingular
		}
		m[col], m[piv] = m[piv], m[col]
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := m[r][col] / m[col][col]
			for c := col; c <= n; c++ {
				m[r][c] -= f * m[col][c]
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = m[i][n] / m[i][i]
	}
	return x, nil
}

func det(a [][]float64) float64 {
	if len(a) == 1 {
		return a[0][0]
	}
	d := 0.0
	sign := 1.0
	for c := range a[0] {
		var minor [][]float64
		for _, row := range a[1:] {
			var mr []float64
			mr = append(mr, row[:c]...)
			mr = append(mr, row[c+1:]...)
			minor = append(minor, mr)
		}
		d += sign * a[0][c] * det(minor)
		sign = -sign
	}
	return d
}

func main() {
	a := [][]float64{{2, 1, -1}, {-3, -1, 2}, {-2, 1, 2}}
	b := []float64{8, -11, -3}
	x, err := solve(a, b)
	fmt.Printf("%.6f %v\n", x, err)
	fmt.Println("det:", det(a))
	sing := [][]float64{{1, 2}, {2, 4}}
	_, err = solve(sing, []float64{1, 2})
	fmt.Println(err, det(sing))
	h := make([][]float64, 4)
	for i := range h {
		h[i] = make([]float64, 4)
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	ones := []float64{1, 1, 1, 1}
	hx, _ := solve(h, ones)
	for _, v := range hx {
		fmt.Printf("%10.4f\n", v)
	}
	fmt.Printf("%.6e\n", det(h))
}

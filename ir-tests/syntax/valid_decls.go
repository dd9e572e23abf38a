package main

import (
	"fmt"
	str "strings"
)

type (
	ID    int
	Alias = string
	Fn    func(int) (int, error)
	Tree  struct {
		Left, Right *Tree
		Val         int
	}
)

var (
	count      int
	name, kind = "n", "k"
	matrix     [2][3]float64
)

func divide(a, b int) (q, r int, err error) {
	if b == 0 {
		err = fmt.Errorf("divide by zero")
		return
	}
	return a / b, a % b, nil
}

func variadic(prefix string, rest ...interface{}) string {
	return prefix + fmt.Sprint(len(rest))
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func main() {
	var a Alias = str.ToUpper("x")
	var id ID = 5
	var f Fn = func(i int) (int, error) { return i + 1, nil }
	v, _ := f(1)
	q, r, err := divide(7, 2)
	_, _, err2 := divide(1, 0)
	t := &Tree{Left: &Tree{Val: 1}, Val: 2, Right: &Tree{Val: 3}}
	fmt.Println(a, id, v, q, r, err, err2, t.Sum(), count, name, kind, len(matrix[1]))
	fmt.Println(variadic("n="), variadic("n=", 1, "two", 3.0))
	var (
		x int
		y = x + 1
	)
	type local struct{ z int }
	fmt.Println(x, y, local{3}.z)
}

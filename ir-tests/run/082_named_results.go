package main

import (
	"errors"
	"fmt"
	"strconv"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parsePair(s string) (a, b int, err error) {
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			a, err = strconv.Atoi(s[:i])
			if err != nil {
				return
			}
			b, err = strconv.Atoi(s[i+1:])
			return
		}
	}
	err = errors.New("no comma in " + strconv.Quote(s))
	return
}

func withDefer() (n int, s string) {
	defer func() {
		n *= 10
		s += "!"
	}()
	n, s = 4, "hi"
	return n + 1, s + "?"
}

func swap(a, b string) (string, string) { return b, a }

func stats(xs ...float64) (min, max, mean float64, ok bool) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	sum := 0.0
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	return min, max, sum / float64(len(xs)), true
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(-17, 5))
	q, _ := divmod(100, 7)
	fmt.Println(q)
	for _, s := range []string{"3,4", "10,x", "y,1", "nocomma", "-5,+6"} {
		a, b, err := parsePair(s)
		fmt.Println(a, b, err)
	}
	fmt.Println(withDefer())
	fmt.Println(swap("a", "b"))
	x, y := swap(swap("1", "2"))
	fmt.Println(x, y)
	fmt.Println(stats())
	fmt.Println(stats(3, 1, 4, 1, 5, 9, 2, 6))
	lo, hi, _, _ := stats(-1.5, 2.5)
	fmt.Printf("%.1f..%.1f\n", lo, hi)
}

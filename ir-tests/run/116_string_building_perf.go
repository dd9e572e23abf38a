package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		switch {
		case i%15 == 0:
			b.WriteString("FizzBuzz")
		case i%3 == 0:
			b.WriteString("Fizz")
		case i%5 == 0:
			b.WriteString("Buzz")
		default:
			b.WriteString(strconv.Itoa(i))
		}
		if i < n {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func table(rows [][]string) string {
	widths := []int{}
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], len(c))
		}
	}
	var b strings.Builder
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	b.WriteString(sep + "\n")
	for ri, r := range rows {
		b.WriteString("|")
		for i, c := range r {
			fmt.Fprintf(&b, " %-*s |", widths[i], c)
		}
		b.WriteString("\n")
		if ri == 0 {
			b.WriteString(sep + "\n")
		}
	}
	b.WriteString(sep)
	return b.String()
}

func main() {
	fmt.Println(fizzbuzz(30))
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
		s = s + strconv.Itoa(i%3)
	}
	fmt.Println(s, len(s))
	fmt.Println(table([][]string{
		{"Language", "Year", "Typing"},
		{"Go", "2009", "static"},
		{"Python", "1991", "dynamic"},
		{"C", "1972", "static, weak"},
	}))
	parts := make([]string, 0, 8)
	for i := 8; i > 0; i /= 2 {
		parts = append(parts, strconv.Itoa(i))
	}
	fmt.Println(strings.Join(parts, " > "))
	bs := []byte{}
	for i := 0; i < 5; i++ {
		bs = strconv.AppendInt(bs, int64(i*i), 10)
		bs = append(bs, ',')
	}
	fmt.Println(string(bs[:len(bs)-1]))
}

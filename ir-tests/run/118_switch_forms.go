package main

import (
	"fmt"
	"strings"
)

type Token int

const (
	EOF Token = iota
	Ident
	Number
	Plus
	Minus
	LParen
	RParen
)

func (t Token) String() string {
	return [...]string{"EOF", "Ident", "Number", "+", "-", "(", ")"}[t]
}

func lex(s string) []Token {
	var out []Token
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			continue
		case c >= '0' && c <= '9':
			for i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
			}
			out = append(out, Number)
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
			out = append(out, Ident)
		default:
			switch c {
			case '+':
				out = append(out, Plus)
			case '-':
				out = append(out, Minus)
			case '(':
				out = append(out, LParen)
			case ')':
				out = append(out, RParen)
			}
		}
	}
	return append(out, EOF)
}

func sizeClass(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n < 1000:
		return "medium"
	}
	return "large"
}

func daysOff(day string) (off bool) {
	switch strings.ToLower(day) {
	case "sat", "sun":
		off = true
	case "fri":
		fmt.Print("(half) ")
		fallthrough
	case "mon", "tue", "wed", "thu":
		off = false
	default:
		panic("bad day " + day)
	}
	return
}

func main() {
	fmt.Println(lex("foo + (12 - bar3) + 7"))
	for _, n := range []int{-5, 0, 3, 42, 1000} {
		fmt.Print(sizeClass(n), " ")
	}
	fmt.Println()
	for _, d := range []string{"Mon", "Fri", "SUN"} {
		fmt.Println(d, daysOff(d))
	}
	x := 3
	switch x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
		if x > 2 {
			break
		}
		fmt.Println("not printed")
	case 4:
		fmt.Println("four")
	}
	switch t := Token(2); t {
	case Number:
		fmt.Println("token", t, int(t))
	}
	var f func() int
	switch {
	case f == nil:
		fmt.Println("nil func")
	}
	switch s := "x"; s + "y" {
	case "xy":
		fmt.Println("concat matched")
	}
}

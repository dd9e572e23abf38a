package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func tokenize(s string) []string {
	var toks []string
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c == '.':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			toks = append(toks, string(c))
			i++
		}
	}
	return toks
}

func toRPN(toks []string) ([]string, error) {
	var out, ops []string
	for _, t := range toks {
		switch {
		case t == "(":
			ops = append(ops, t)
		case t == ")":
			for len(ops) > 0 && ops[len(ops)-1] != "(" {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			if len(ops) == 0 {
				return nil, errors.New("mismatched )")
			}
			ops = ops[:len(ops)-1]
		case prec[t] > 0:
			for len(ops) > 0 {
				top := ops[len(ops)-1]
				if top == "(" || prec[top] < prec[t] || (prec[top] == prec[t] && t == "^") {
					break
				}
				out = append(out, top)
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, t)
		default:
			out = append(out, t)
		}
	}
	for i := len(ops) - 1; i >= 0; i-- {
		if ops[i] == "(" {
			return nil, errors.New("mismatched (")
		}
		out = append(out, ops[i])
	}
	return out, nil
}

func evalRPN(rpn []string) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if prec[t] == 0 {
			v, err := strconv.ParseFloat(t, 64)
			if err != nil {
				return 0, fmt.Errorf("bad number %q", t)
			}
			st = append(st, v)
			continue
		}
		if len(st) < 2 {
			return 0, errors.New("stack underflow")
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		var r float64
		switch t {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			r = a / b
		case "^":
			r = 1
			for i := 0; i < int(b); i++ {
				r *= a
			}
		}
		st = append(st, r)
	}
	if len(st) != 1 {
		return 0, errors.New("leftover operands")
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "(1+2)*3", "2^10", "1/0", "10 - 4 - 3", "((2)", "1 +", "2.5*4", "7 8"} {
		rpn, err := toRPN(tokenize(e))
		if err != nil {
			fmt.Printf("%-32s error: %v\n", e, err)
			continue
		}
		v, err := evalRPN(rpn)
		fmt.Printf("%-32s %-28s = %v %v\n", e, strings.Join(rpn, " "), v, err)
	}
}

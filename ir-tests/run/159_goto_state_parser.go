package main

import "fmt"

func parseNumber(s string) (intPart, fracPart string, expSign byte, exp string, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
integer:
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		intPart += string(s[i])
		i++
		goto integer
	}
	if i < len(s) && s[i] == '.' {
		i++
		goto fraction
	}
	goto exponent
fraction:
	if i < len(s) && s[i] >= '0' && s[i] <= '9' {
		fracPart += string(s[i])
		i++
		goto fraction
	}
exponent:
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		expSign = '+'
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			expSign = s[i]
			i++
		}
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			exp += string(s[i])
			i++
		}
		if exp == "" {
			return
		}
	}
	ok = i == len(s) && (intPart != "" || fracPart != "")
	return
}

func main() {
	for _, s := range []string{"123", "-4.56", "7.", ".5", "1e10", "2.5E-3", "abc", "1e", "+", "12.34.5", "0.0e+0"} {
		ip, fp, es, e, ok := parseNumber(s)
		fmt.Printf("%-8q int=%-4q frac=%-4q exp=%c%-3q ok=%v\n", s, ip, fp, max(es, ' '), e, ok)
	}
}

package main

import (
	"fmt"
	"strings"
)

type stats struct {
	upper, lower, digit, space, punct, multibyte int
}

func analyze(s string) stats {
	var st stats
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			st.upper++
		case r >= 'a' && r <= 'z':
			st.lower++
		case r >= '0' && r <= '9':
			st.digit++
		case r == ' ' || r == '\t' || r == '\n':
			st.space++
		case r > 127:
			st.multibyte++
		default:
			st.punct++
		}
	}
	return st
}

func swapCase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		} else if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('_')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func snakeToCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

func main() {
	for _, s := range []string{"Hello, World 2024!", "ÀÉÎ ünïcödé\t日本", ""} {
		fmt.Printf("%q %+v\n", s, analyze(s))
	}
	fmt.Println(swapCase("Hello World ÄÖ 123"))
	for _, s := range []string{"parseHTTPRequest", "simple", "XMLHttp", "already_snake"} {
		sn := camelToSnake(s)
		fmt.Printf("%-18s %-22s %s\n", s, sn, snakeToCamel(sn))
	}
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("ΑΒΓ"), strings.ToTitle("go"))
	r := 'A'
	for i := 0; i < 5; i++ {
		fmt.Printf("%c%d ", r+rune(i), r+rune(i))
	}
	fmt.Println()
	var sb strings.Builder
	for r := rune(0x3b1); r < 0x3b1+10; r++ {
		sb.WriteRune(r)
	}
	fmt.Println(sb.String(), sb.Len(), len([]rune(sb.String())))
}

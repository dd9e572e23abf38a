package main

import (
	"fmt"
	"strings"
)

type stateFn func(*lexer) stateFn

type lexer struct {
	input string
	pos   int
	items []string
}

func (l *lexer) emit(kind string, start int) {
	l.items = append(l.items, kind+":"+l.input[start:l.pos])
}

func lexText(l *lexer) stateFn {
	for l.pos < len(l.input) {
		if strings.HasPrefix(l.input[l.pos:], "{{") {
			return lexOpen
		}
		start := l.pos
		for l.pos < len(l.input) && !strings.HasPrefix(l.input[l.pos:], "{{") {
			l.pos++
		}
		l.emit("text", start)
	}
	return nil
}

func lexOpen(l *lexer) stateFn {
	l.pos += 2
	l.items = append(l.items, "open")
	return lexInside
}

func lexInside(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
	}
	if strings.HasPrefix(l.input[l.pos:], "}}") {
		l.pos += 2
		l.items = append(l.items, "close")
		return lexText
	}
	if l.pos >= len(l.input) {
		l.items = append(l.items, "error:unclosed")
		return nil
	}
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] != ' ' && l.input[l.pos] != '}' {
		l.pos++
	}
	l.emit("ident", start)
	return lexInside
}

func lex(s string) []string {
	l := &lexer{input: s}
	for st := stateFn(lexText); st != nil; {
		st = st(l)
	}
	return l.items
}

func makeToggle(states ...string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(states)
		return states[i]
	}
}

func main() {
	for _, s := range []string{"Hello {{ name }}!", "{{a b}}{{c}}", "plain", "oops {{ x", ""} {
		fmt.Printf("%q -> %q\n", s, lex(s))
	}
	t := makeToggle("red", "green", "yellow")
	for range 7 {
		fmt.Print(t(), " ")
	}
	fmt.Println()
}

package main

import (
	"fmt"
	"strings"
)

type State interface {
	Name() string
	Next(ch rune) State
}

type start struct{}
type inNumber struct{ digits int }
type inIdent struct{ sb *strings.Builder }
type failed struct{ reason string }

func (start) Name() string { return "start" }
func (s start) Next(ch rune) State {
	switch {
	case ch >= '0' && ch <= '9':
		return &inNumber{1}
	case ch == '_' || (ch >= 'a' && ch <= 'z'):
		b := &strings.Builder{}
		b.WriteRune(ch)
		return inIdent{b}
	}
	return failed{fmt.Sprintf("bad start %q", ch)}
}

func (n *inNumber) Name() string { return fmt.Sprintf("number(%d)", n.digits) }
func (n *inNumber) Next(ch rune) State {
	if ch >= '0' && ch <= '9' {
		n.digits++
		return n
	}
	return failed{"letter in number"}
}

func (i inIdent) Name() string { return "ident(" + i.sb.String() + ")" }
func (i inIdent) Next(ch rune) State {
	if ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') {
		i.sb.WriteRune(ch)
		return i
	}
	return failed{"bad ident char " + string(ch)}
}

func (f failed) Name() string    { return "failed: " + f.reason }
func (f failed) Next(rune) State { return f }

func run(input string) string {
	var s State = start{}
	trace := []string{}
	for _, ch := range input {
		s = s.Next(ch)
		if _, ok := s.(failed); ok {
			break
		}
		trace = append(trace, s.Name())
	}
	return fmt.Sprintf("%-8q => %s (after %d steps)", input, s.Name(), len(trace))
}

func main() {
	for _, in := range []string{"123", "abc_1", "1a", "_x9y", "A", "", "éa", "x-y"} {
		fmt.Println(run(in))
	}
}

package main

import (
	"fmt"
	"strconv"
)

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			d := p.factor()
			if d == 0 {
				panic(fmt.Errorf("division by zero at %d", p.pos))
			}
			v /= d
		case '%':
			p.pos++
			v %= p.factor()
		default:
			return v
		}
	}
}

func (p *parser) factor() int {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			panic("expected )")
		}
		p.pos++
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		n, _ := strconv.Atoi(p.src[start:p.pos])
		return n
	}
	panic(fmt.Sprintf("unexpected %q at %d", c, p.pos))
}

func eval(s string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("eval %q: %v", s, r)
		}
	}()
	p := &parser{src: s}
	result = p.expr()
	if p.peek() != 0 {
		panic(fmt.Sprintf("trailing input at %d", p.pos))
	}
	return
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5 % 7", "8 / (4 - 4)", "(1 + 2", "3 $ 4", "42", "1 2", "-(-(-5))"} {
		v, err := eval(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s = %d\n", s, v)
	}
}

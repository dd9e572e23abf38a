package main

import (
	"fmt"
	"strings"
)

type Expr interface{ expr() }

type Num struct{ V float64 }
type Var struct{ Name string }
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (Num) expr()   {}
func (Var) expr()   {}
func (*Bin) expr()  {}
func (*Call) expr() {}

func show(e Expr) string {
	switch e := e.(type) {
	case Num:
		return fmt.Sprint(e.V)
	case Var:
		return e.Name
	case *Bin:
		return "(" + show(e.L) + " " + string(e.Op) + " " + show(e.R) + ")"
	case *Call:
		args := make([]string, len(e.Args))
		for i, a := range e.Args {
			args[i] = show(a)
		}
		return e.Fn + "(" + strings.Join(args, ", ") + ")"
	default:
		panic("unknown expr")
	}
}

func eval(e Expr, env map[string]float64) float64 {
	switch e := e.(type) {
	case Num:
		return e.V
	case Var:
		return env[e.Name]
	case *Bin:
		l, r := eval(e.L, env), eval(e.R, env)
		switch e.Op {
		case '+':
			return l + r
		case '-':
			return l - r
		case '*':
			return l * r
		case '/':
			return l / r
		}
	case *Call:
		switch e.Fn {
		case "max":
			m := eval(e.Args[0], env)
			for _, a := range e.Args[1:] {
				m = max(m, eval(a, env))
			}
			return m
		case "neg":
			return -eval(e.Args[0], env)
		}
	}
	panic(fmt.Sprintf("cannot eval %T", e))
}

func simplify(e Expr) Expr {
	b, ok := e.(*Bin)
	if !ok {
		return e
	}
	l, r := simplify(b.L), simplify(b.R)
	ln, lok := l.(Num)
	rn, rok := r.(Num)
	if lok && rok {
		return Num{eval(&Bin{b.Op, ln, rn}, nil)}
	}
	if b.Op == '*' && ((lok && ln.V == 0) || (rok && rn.V == 0)) {
		return Num{0}
	}
	if b.Op == '+' && rok && rn.V == 0 {
		return l
	}
	return &Bin{b.Op, l, r}
}

func main() {
	e := &Bin{'+', &Bin{'*', Var{"x"}, Num{2}}, &Call{"max", []Expr{Var{"y"}, Num{3}, &Bin{'/', Num{10}, Num{4}}}}}
	fmt.Println(show(e))
	env := map[string]float64{"x": 1.5, "y": 7}
	fmt.Println(eval(e, env))
	env["y"] = -1
	fmt.Println(eval(e, env))
	s := &Bin{'+', &Bin{'*', Var{"z"}, &Bin{'-', Num{3}, Num{3}}}, &Bin{'+', Var{"w"}, Num{0}}}
	fmt.Println(show(s), "=>", show(simplify(s)))
	fmt.Println(show(simplify(&Bin{'/', Num{1}, Num{8}})))
	fmt.Println(show(&Call{"neg", []Expr{Num{-2.5}}}), eval(&Call{"neg", []Expr{Num{-2.5}}}, nil))
}

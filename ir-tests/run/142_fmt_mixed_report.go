package main

import (
	"errors"
	"fmt"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Active
	Closed
)

func (s Status) String() string { return [...]string{"pending", "active", "closed"}[s] }

type Ticket struct {
	ID       int
	Title    string
	Status   Status
	Priority float64
	Labels   []string
	Owner    *User
	Err      error
}

type User struct {
	Login string
	Admin bool
}

func main() {
	u := &User{"gopher", true}
	tickets := []Ticket{
		{1, "Crash on start", Active, 0.95, []string{"bug", "p0"}, u, nil},
		{2, "Add dark mode", Pending, 0.3, nil, nil, nil},
		{3, "Typo", Closed, 0.05, []string{"docs"}, &User{"ann", false}, errors.New("wontfix")},
	}
	for _, t := range tickets {
		fmt.Printf("#%03d %-16q %-8v %5.1f%% %v", t.ID, t.Title, t.Status, t.Priority*100, t.Labels)
		if t.Owner != nil {
			fmt.Printf(" owner=%+v", *t.Owner)
		}
		if t.Err != nil {
			fmt.Printf(" err=%v", t.Err)
		}
		fmt.Println()
	}
	fmt.Printf("%v\n", tickets[1])
	fmt.Printf("%+v\n", tickets[1])
	fmt.Printf("%#v\n", tickets[1].Labels)
	fmt.Printf("%v %d %s %x %q\n", Active, Active, Closed, Closed, Pending)
	fmt.Printf("%#v %T\n", Active, Active)
	fmt.Printf("%v|%+v|%#v\n", *u, u, *u)
	fmt.Printf("%t %v %5t\n", u.Admin, !u.Admin, false)
	fmt.Printf("%s\n", strings.Repeat("=", 20))
	fmt.Printf("%-5s|%5s|%.2s|%q|%x|%X|% x\n", "ab", "cd", "efgh", "i\tj", "kl", "mn", "op")
	fmt.Printf("%c|%q|%U|%#U|%d|%x\n", 'ß', 'ß', 'ß', 'ß', 'ß', 'ß')
	fmt.Printf("%e|%E|%.3e|%10.2e|%g|%G\n", 123456.789, 0.000123, 1.0, -5.5, 1e-10, 2.5e30)
	fmt.Printf("%b|%o|%O|%#o|%x|%#X\n", 10, 10, 10, 10, 10, 10)
	fmt.Printf("%v|%v|%v\n", int8(-1), uint8(255), uintptr(4096))
	fmt.Printf("%6.3v|%-8v|%08.3f\n", 3.14159, "left", 2.5)
	fmt.Printf("%v %v\n", [0]int{}, struct{}{})
	fmt.Printf("%T %T %T %T %T\n", tickets, u, tickets[0].Err, fmt.Printf, map[Status][]*User{})
}

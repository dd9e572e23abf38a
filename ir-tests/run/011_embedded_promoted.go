package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Dog
	id int
}

type Speaker interface{ Sound() string }

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)
	fmt.Printf("%#v\n", d)
	s := Service{&Logger{"[svc] "}, d, 7}
	s.Log("started")
	s.Log(s.Describe())
	fmt.Println(s.Breed, s.Legs, s.id)
	var sp Speaker = d
	fmt.Println(sp.Sound())
	sp = d.Animal
	fmt.Println(sp.Sound())
	sp = s
	fmt.Println(sp.Sound())
	ps := &s
	ps.Rename("Buddy")
	fmt.Println(s.Name)
}

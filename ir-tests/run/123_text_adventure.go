package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item interface {
	Name() string
	Weight() int
}

type Usable interface {
	Item
	Use(p *Player) string
}

type Key struct{ door string }
type Potion struct{ heal int }
type Rock struct{}

func (k Key) Name() string    { return "key(" + k.door + ")" }
func (Key) Weight() int       { return 1 }
func (p Potion) Name() string { return fmt.Sprintf("potion+%d", p.heal) }
func (Potion) Weight() int    { return 2 }
func (p Potion) Use(pl *Player) string {
	pl.HP = min(pl.HP+p.heal, 100)
	return fmt.Sprintf("healed to %d", pl.HP)
}
func (Rock) Name() string { return "rock" }
func (Rock) Weight() int  { return 10 }

type Player struct {
	HP       int
	Bag      []Item
	MaxLoad  int
	Location string
}

func (p *Player) Load() (w int) {
	for _, it := range p.Bag {
		w += it.Weight()
	}
	return
}

func (p *Player) Take(it Item) error {
	if p.Load()+it.Weight() > p.MaxLoad {
		return fmt.Errorf("cannot take %s: load %d/%d", it.Name(), p.Load(), p.MaxLoad)
	}
	p.Bag = append(p.Bag, it)
	return nil
}

func (p *Player) UseFirst(name string) string {
	for i, it := range p.Bag {
		if !strings.HasPrefix(it.Name(), name) {
			continue
		}
		u, ok := it.(Usable)
		if !ok {
			return it.Name() + " cannot be used"
		}
		p.Bag = slices.Delete(p.Bag, i, i+1)
		return u.Use(p)
	}
	return "no " + name
}

func (p *Player) Inventory() string {
	names := make([]string, len(p.Bag))
	for i, it := range p.Bag {
		names[i] = it.Name()
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func main() {
	p := &Player{HP: 40, MaxLoad: 15, Location: "hall"}
	for _, it := range []Item{Key{"red"}, Potion{30}, Rock{}, Potion{50}, Rock{}, Key{"blue"}} {
		if err := p.Take(it); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Println("bag:", p.Inventory(), "load", p.Load())
	for _, cmd := range []string{"potion", "rock", "key", "potion", "potion", "sword"} {
		fmt.Printf("use %-6s -> %s (hp %d)\n", cmd, p.UseFirst(cmd), p.HP)
	}
	fmt.Println("bag:", p.Inventory())
	fmt.Printf("%+v\n", *p)
}

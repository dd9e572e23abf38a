package main

import "fmt"

type Counter struct {
	name  string
	count int
}

func (c Counter) Get() int       { return c.count }
func (c *Counter) Inc()          { c.count++ }
func (c Counter) IncValue()      { c.count++ }
func (c *Counter) Add(n int) int { c.count += n; return c.count }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.count) }

type Point struct{ X, Y int }

func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	c.IncValue()
	fmt.Println(c.Get(), c)
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.count, pc)
	fmt.Println(c.Add(10))
	p := Point{1, 2}
	q := p.Scale(3)
	p.Move(10, 10)
	fmt.Println(p, q)
	pts := []Point{{1, 1}, {2, 2}}
	for i := range pts {
		pts[i].Move(1, 0)
	}
	for _, pt := range pts {
		pt.Move(100, 100)
	}
	fmt.Println(pts)
	f := c.Get
	g := (*Counter).Inc
	h := Counter.Get
	g(&c)
	fmt.Println(f(), h(c))
	m := map[string]*Counter{"a": {name: "a"}}
	m["a"].Inc()
	fmt.Println(m["a"].count, *m["a"])
}

package main

import "fmt"

type Vec struct{ X, Y, Z float64 }

type Particle struct {
	Pos, Vel Vec
	Name     string
	Hist     [3]int
}

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y, v.Z + o.Z} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k, v.Z * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y + v.Z*o.Z }

func step(p Particle) Particle {
	p.Pos = p.Pos.Add(p.Vel)
	p.Hist[0]++
	return p
}

func stepPtr(p *Particle) {
	p.Pos = p.Pos.Add(p.Vel)
	p.Hist[1]++
}

func main() {
	a := Particle{Pos: Vec{0, 0, 0}, Vel: Vec{1, 2, 3}, Name: "a"}
	b := a
	b.Name = "b"
	b.Hist[2] = 9
	fmt.Println(a.Name, b.Name, a.Hist, b.Hist)
	c := step(a)
	fmt.Println(a.Pos, c.Pos, a.Hist, c.Hist)
	stepPtr(&a)
	stepPtr(&a)
	fmt.Printf("%+v\n", a)
	fmt.Println(a == c, a.Pos == Vec{2, 4, 6}, a.Vel == c.Vel)
	arr1 := [3]Vec{{1, 0, 0}, {0, 1, 0}}
	arr2 := arr1
	arr2[2] = Vec{0, 0, 1}
	fmt.Println(arr1 == arr2, arr1, arr2)
	arr2[2] = Vec{}
	fmt.Println(arr1 == arr2)
	ps := []Particle{a, b, c}
	for i := range ps {
		ps[i].Vel = ps[i].Vel.Scale(0.5)
	}
	for _, p := range ps {
		p.Name = "changed"
	}
	fmt.Println(ps[0].Vel, ps[1].Name, a.Vel.Dot(ps[0].Vel))
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2, grid == g2, len(grid), len(grid[0]))
	m := map[Vec]string{{1, 2, 3}: "v123"}
	fmt.Println(m[a.Vel], m[Vec{1, 2, 3}])
	type key [2]string
	km := map[key]int{{"a", "b"}: 1}
	km[key{"a", "b"}]++
	fmt.Println(km)
	var zero Particle
	fmt.Printf("%v %+v\n", zero, zero.Pos)
}

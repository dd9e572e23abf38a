package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y float64 }

func (p Point) Sub(q Point) Point     { return Point{p.X - q.X, p.Y - q.Y} }
func (p Point) Cross(q Point) float64 { return p.X*q.Y - p.Y*q.X }
func (p Point) String() string        { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }

type Polygon []Point

func (pg Polygon) Area() float64 {
	a := 0.0
	for i := range pg {
		j := (i + 1) % len(pg)
		a += pg[i].X*pg[j].Y - pg[j].X*pg[i].Y
	}
	if a < 0 {
		a = -a
	}
	return a / 2
}

func (pg Polygon) Perimeter() float64 {
	total := 0.0
	for i := range pg {
		d := pg[(i+1)%len(pg)].Sub(pg[i])
		total += sqrt(d.X*d.X + d.Y*d.Y)
	}
	return total
}

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 50; i++ {
		z = (z + x/z) / 2
	}
	return z
}

func convexHull(pts []Point) Polygon {
	ps := append([]Point(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	var hull []Point
	for pass := 0; pass < 2; pass++ {
		start := len(hull)
		for _, p := range ps {
			for len(hull) >= start+2 && hull[len(hull)-1].Sub(hull[len(hull)-2]).Cross(p.Sub(hull[len(hull)-2])) <= 0 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, p)
		}
		hull = hull[:len(hull)-1]
		for i, j := 0, len(ps)-1; i < j; i, j = i+1, j-1 {
			ps[i], ps[j] = ps[j], ps[i]
		}
	}
	return hull
}

func main() {
	sq := Polygon{{0, 0}, {4, 0}, {4, 4}, {0, 4}}
	fmt.Println(sq, sq.Area(), sq.Perimeter())
	tri := Polygon{{0, 0}, {3, 0}, {0, 4}}
	fmt.Printf("%v area=%.1f perim=%.4f\n", tri, tri.Area(), tri.Perimeter())
	pts := []Point{{0, 0}, {1, 1}, {2, 2}, {2, 0}, {2, 4}, {3, 3}, {0, 4}, {1, 2}, {4, 2}}
	h := convexHull(pts)
	fmt.Println("hull:", h, len(h), "area:", h.Area())
	fmt.Printf("%v %+v %s\n", pts[1], pts[2], pts[3])
}

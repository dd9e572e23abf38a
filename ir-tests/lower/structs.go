package main

type Point struct {
	X, Y int
}

func add(p, q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func main() {
	p := add(Point{1, 2}, Point{Y: 3})
	p.X++
	println(p.X, p.Y, p == Point{2, 5})
}

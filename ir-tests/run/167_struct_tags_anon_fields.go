package main

import (
	"fmt"
	"sort"
)

type Config struct {
	Name    string `json:"name"`
	Port    int    `json:"port,omitempty"`
	Debug   bool
	Limits  struct{ CPU, Mem int }
	Servers []struct {
		Host string
		Up   bool
	}
}

type Stringish string

type Embedded struct {
	Stringish
	int
	*Config
}

func main() {
	var c Config
	c.Name = "svc"
	c.Limits.CPU = 4
	c.Limits.Mem = 1024
	c.Servers = append(c.Servers, struct {
		Host string
		Up   bool
	}{"a", true}, struct {
		Host string
		Up   bool
	}{Host: "b"})
	fmt.Printf("%+v\n", c)
	fmt.Printf("%v\n", c.Limits)
	up := 0
	for _, s := range c.Servers {
		if s.Up {
			up++
		}
	}
	fmt.Println(up, len(c.Servers))
	e := Embedded{"tag", 42, &c}
	fmt.Println(e.Stringish, e.int, e.Name, e.Limits.Mem)
	e.Port = 8080
	fmt.Println(c.Port)
	points := []struct{ X, Y int }{{3, 1}, {1, 2}, {2, 0}}
	sort.Slice(points, func(i, j int) bool { return points[i].X < points[j].X })
	fmt.Println(points)
	pair := struct {
		a, b string
		n    [2]int
	}{"x", "y", [2]int{1, 2}}
	fmt.Printf("%v %+v\n", pair, pair)
	type local struct{ v int }
	ls := map[string]local{"k": {1}}
	fmt.Printf("%v %#v\n", ls, ls["k"])
}

package main

import "fmt"

type Job struct {
	ID   int
	Name string
}

func main() {
	var printers []func()
	for i := 0; i < 3; i++ {
		printers = append(printers, func() { fmt.Print("i=", i, " ") })
	}
	for _, p := range printers {
		p()
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	jobs := []Job{{1, "a"}, {2, "b"}, {3, "c"}}
	var jp []*Job
	for _, j := range jobs {
		jp = append(jp, &j)
	}
	for _, j := range jp {
		fmt.Print(j.ID, j.Name, " ")
	}
	fmt.Println()
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 10; return i })
		i++
	}
	for _, f := range incs {
		fmt.Print(f(), " ", f(), " | ")
	}
	fmt.Println()
	m := map[string]func() string{}
	for _, k := range []string{"x", "y"} {
		m[k] = func() string { return k + k }
	}
	fmt.Println(m["x"](), m["y"]())
	sum := 0
	for i := 0; i < 5; i++ {
		defer func() { sum += i; fmt.Print("d", i, " ") }()
	}
	fmt.Print("body done ")
}

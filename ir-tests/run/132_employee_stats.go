package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Years  int
}

type DeptStats struct {
	Count      int
	Total      int
	MinS, MaxS int
	Senior     []string
}

func (d DeptStats) Avg() float64 { return float64(d.Total) / float64(d.Count) }

func main() {
	staff := []Employee{
		{"Ava", "eng", 120, 5}, {"Ben", "eng", 95, 2}, {"Cal", "ops", 70, 8}, {"Dee", "sales", 60, 1},
		{"Eli", "eng", 150, 10}, {"Fay", "ops", 82, 3}, {"Gus", "sales", 75, 6}, {"Hal", "eng", 95, 4},
	}
	stats := map[string]*DeptStats{}
	for _, e := range staff {
		s, ok := stats[e.Dept]
		if !ok {
			s = &DeptStats{MinS: e.Salary, MaxS: e.Salary}
			stats[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
		s.MinS = min(s.MinS, e.Salary)
		s.MaxS = max(s.MaxS, e.Salary)
		if e.Years >= 5 {
			s.Senior = append(s.Senior, e.Name)
		}
	}
	for _, d := range slices.Sorted(maps.Keys(stats)) {
		s := stats[d]
		fmt.Printf("%-6s n=%d avg=%7.2f min=%3d max=%3d senior=%v\n", d, s.Count, s.Avg(), s.MinS, s.MaxS, s.Senior)
	}
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(b.Salary, a.Salary), cmp.Compare(a.Name, b.Name))
	})
	for i, e := range staff[:4] {
		fmt.Printf("#%d %+v\n", i+1, e)
	}
	idx, found := slices.BinarySearchFunc(staff, 82, func(e Employee, s int) int { return cmp.Compare(s, e.Salary) })
	fmt.Println(idx, found, staff[idx].Name)
	raise := func(e *Employee, pct int) { e.Salary += e.Salary * pct / 100 }
	for i := range staff {
		if staff[i].Dept == "ops" {
			raise(&staff[i], 10)
		}
	}
	total := 0
	for _, e := range staff {
		total += e.Salary
	}
	fmt.Println("payroll", total)
	names := slices.Collect(func(yield func(string) bool) {
		for _, e := range staff {
			if e.Years < 3 && !yield(e.Name) {
				return
			}
		}
	})
	fmt.Println("juniors", names)
}

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type User struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1, 5, 5}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	fmt.Println(xs, ys)
	fmt.Println(slices.Contains(xs, 8), slices.Index(xs, 5), slices.Index(xs, 42))
	fmt.Println(slices.Max(xs), slices.Min(xs))
	i, found := slices.BinarySearch(ys, 5)
	fmt.Println(i, found)
	fmt.Println(slices.Compact(ys))
	fmt.Println(slices.Equal(xs, ys), slices.Equal([]int{1}, []int{1}))
	zs := slices.Insert([]int{1, 2, 3}, 1, 10, 11)
	fmt.Println(zs)
	zs = slices.Delete(zs, 0, 2)
	fmt.Println(zs)
	slices.Reverse(zs)
	fmt.Println(zs)
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 7 }))
	fmt.Println(slices.ContainsFunc(xs, func(x int) bool { return x < 0 }))
	users := []User{{"bob", 30}, {"al", 25}, {"cy", 30}, {"di", 22}}
	slices.SortFunc(users, func(a, b User) int {
		if c := cmp.Compare(b.Age, a.Age); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println(users)
	slices.SortStableFunc(users, func(a, b User) int { return cmp.Compare(len(a.Name), len(b.Name)) })
	fmt.Println(users)
	oldest := slices.MaxFunc(users, func(a, b User) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest)
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	words := strings.Fields("b a c b a")
	slices.Sort(words)
	fmt.Println(slices.Compact(words), slices.IsSorted(words))
	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Less("b", "a"), min(3, 1, 2), max(2.5, 1), min("b", "a"))
	fmt.Println(cmp.Or(0, 0, 7, 3), cmp.Or("", "def"))
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}

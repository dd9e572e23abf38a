package main

import "fmt"

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"kiwi", 12, 0.125}, {"fig", -2, 10}}
	fmt.Printf("%-12s|%5s|%8s\n", "name", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-12s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}
	for _, r := range rows {
		fmt.Printf("%12s|%-5d|%-8.3f|%+05d|%08.3f|% 6d\n", r.Name, r.Qty, r.Price, r.Qty, r.Price, r.Qty)
	}
	fmt.Printf("[%.2s][%.10s][%5.1s][%-5.3s]\n", "abcdef", "ab", "xyz", "hello")
	fmt.Printf("[%6q][%-8q][%.1q]\n", "a", "bc", "xyz")
	fmt.Printf("[% x][% X][%#x][% #x]\n", "Go", []byte{1, 171}, "Go", "Go")
	fmt.Printf("[%+q][%#+q]\n", "日本", "日本")
	fmt.Printf("[%+.2e][% .2e][%-12.2e][%012.2e]\n", 12345.678, 12345.678, -0.00012, 3.0)
	fmt.Printf("[%#v][%#v][%#v][%#v]\n", 1.0, 1e6, 1e21, 0.5)
	fmt.Printf("[%#v][%#v][%#v][%#v][%#v]\n", "s", 'r', uint8(3), true, int64(-4))
	fmt.Printf("[%v][%6v][%-6v][%06v]\n", 42, 42, 42, 42)
	fmt.Printf("[%v][%.3v][%8.2v]\n", 3.14159, 3.14159, 3.14159)
	fmt.Printf("[%x][%X][%#o][%#b]\n", -1, uint8(255), 8, 8)
	fmt.Printf("[%5t][%05d][%-05d]\n", true, -42, -42)
	fmt.Printf("[%3d][%3d][%3d]\n", 1, 22, 4444)
	fmt.Printf("[%[2]d %[1]d][%[1]d %[1]x %[1]o]\n", 10, 20)
	fmt.Printf("[%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("[%-10v][%10v]\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%08.3f][%-08.3f][%+08.3f]\n", -3.14159, 3.14159, 3.14159)
	total := 0.0
	for _, r := range rows {
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%-12s|%5s|%8.2f\n", "TOTAL", "", total)
}

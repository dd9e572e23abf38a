package main

import (
	"fmt"
	"slices"
	"strings"
)

func naturalLess(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, cb := a[i], b[j]
		if isDigit(ca) && isDigit(cb) {
			si := i
			for i < len(a) && isDigit(a[i]) {
				i++
			}
			sj := j
			for j < len(b) && isDigit(b[j]) {
				j++
			}
			na := strings.TrimLeft(a[si:i], "0")
			nb := strings.TrimLeft(b[sj:j], "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			continue
		}
		if ca != cb {
			return ca < cb
		}
		i++
		j++
	}
	return len(a)-i < len(b)-j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func main() {
	words := []string{"banana", "Apple", "apple", "cherry", "Banana", "äpfel", "zebra", "", "a", "ab"}
	s1 := slices.Clone(words)
	slices.Sort(s1)
	fmt.Printf("%q\n", s1)
	s2 := slices.Clone(words)
	slices.SortFunc(s2, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Printf("%q\n", s2)
	fmt.Println("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
	files := []string{"file10.txt", "file2.txt", "file1.txt", "file02.txt", "img12b", "img12a", "img9", "file"}
	slices.SortFunc(files, func(a, b string) int {
		if naturalLess(a, b) {
			return -1
		}
		if naturalLess(b, a) {
			return 1
		}
		return 0
	})
	fmt.Println(files)
	fmt.Println(strings.Compare("go", "gopher"), max("go", "gopher", "c"), min("b", "ab"))
}

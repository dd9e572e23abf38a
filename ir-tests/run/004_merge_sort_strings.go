package main

import (
	"fmt"
	"strings"
)

func merge(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if strings.ToLower(a[i]) <= strings.ToLower(b[j]) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	out = append(out, b[j:]...)
	return out
}

func mergeSort(s []string) []string {
	if len(s) <= 1 {
		return s
	}
	mid := len(s) / 2
	return merge(mergeSort(s[:mid]), mergeSort(s[mid:]))
}

func main() {
	text := "the Quick brown Fox jumps over The lazy dog and a Zebra"
	words := strings.Fields(text)
	sorted := mergeSort(words)
	fmt.Println(strings.Join(sorted, ","))
	fmt.Println(len(words), len(sorted), cap(sorted) >= len(sorted))
	for i, w := range sorted {
		if i%4 == 0 {
			fmt.Print("\n")
		}
		fmt.Printf("%-8s|", w)
	}
	fmt.Println()
	fmt.Println(words[0], sorted[0])
}

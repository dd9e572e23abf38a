package main

import (
	"fmt"
	"sort"
	"strings"
)

type Song struct {
	Title  string
	Artist string
	Year   int
	Length int
}

type lessFunc func(a, b *Song) int

type multiSorter struct {
	songs []Song
	less  []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.songs) }
func (ms *multiSorter) Swap(i, j int) { ms.songs[i], ms.songs[j] = ms.songs[j], ms.songs[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.songs[i], &ms.songs[j]
	for _, l := range ms.less {
		if c := l(p, q); c != 0 {
			return c < 0
		}
	}
	return false
}

func OrderedBy(less ...lessFunc) func([]Song) {
	return func(songs []Song) {
		sort.Sort(&multiSorter{songs, less})
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func show(songs []Song) {
	for _, s := range songs {
		fmt.Printf("  %-22s %-14s %d %d:%02d\n", s.Title, s.Artist, s.Year, s.Length/60, s.Length%60)
	}
}

func main() {
	songs := []Song{
		{"Go Ahead", "Alicia Keys", 2007, 275},
		{"Go", "Moby", 1992, 225},
		{"Ready 2 Go", "Martin Solveig", 2011, 240},
		{"Go", "Delilah", 2011, 252},
		{"Let's Go", "Calvin Harris", 2012, 214},
		{"Go Ahead", "Alicia Keys", 2003, 275},
	}
	byTitle := func(a, b *Song) int { return strings.Compare(a.Title, b.Title) }
	byYear := func(a, b *Song) int { return cmpInt(a.Year, b.Year) }
	byLenDesc := func(a, b *Song) int { return cmpInt(b.Length, a.Length) }
	byArtist := func(a, b *Song) int { return strings.Compare(a.Artist, b.Artist) }
	OrderedBy(byTitle, byYear)(songs)
	fmt.Println("by title, year:")
	show(songs)
	OrderedBy(byYear, byArtist)(songs)
	fmt.Println("by year, artist:")
	show(songs)
	OrderedBy(byLenDesc)(songs)
	fmt.Println("by length desc:")
	show(songs)
	fmt.Println(sort.IsSorted(&multiSorter{songs, []lessFunc{byLenDesc}}))
}

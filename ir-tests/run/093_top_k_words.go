package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`

type wc struct {
	word  string
	count int
}

func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || r == '\'' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func topK(text string, k int) []wc {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		if n := normalize(w); n != "" {
			counts[n]++
		}
	}
	list := make([]wc, 0, len(counts))
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if k < len(list) {
		list = list[:k]
	}
	return list
}

func main() {
	top := topK(text, 8)
	maxc := top[0].count
	for i, e := range top {
		bar := strings.Repeat("#", e.count*30/maxc)
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, e.word, e.count, bar)
	}
	fmt.Println(len(topK(text, 1000)), "distinct words")
	fmt.Println(topK("", 3), topK("a A a b", 5))
}
